import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { formatMonth } from '@ebistans/schema';
import { Loading, problemMessage, useDocumentTitle, useLanguage } from '@ebistans/ui';
import { caseTimelineQueryOptions } from '../../features/cases/api/get-case-timeline';
import { useMyCase } from '../../features/cases/api/get-my-case';
import { CaseAnswers } from '../../features/cases/components/case-answers';
import { CaseDetails } from '../../features/cases/components/case-details';
import { CaseHistory } from '../../features/cases/components/case-history';
import { CaseReceipts } from '../../features/receipts/components/case-receipts';
import { CaseMessages } from '../../features/messages/components/case-messages';
import { UnreadNotice } from '../../features/messages/components/unread-notice';
import { useCaseThread } from '../../features/messages/hooks/use-case-thread';
import { openRequests, useSupplements } from '../../features/supplements/api/list-supplements';
import { CaseSupplements } from '../../features/supplements/components/case-supplements';
import { OpenRequests } from '../../features/supplements/components/open-requests';
import {
  SupplementSentNotice,
  isSupplementSentState,
} from '../../features/supplements/components/supplement-sent-notice';

const closedStatuses = new Set(['closed', 'withdrawn']);

/**
 * One case: what is asked of the applicant and any new message first, then the facts and decision, the
 * messages, what has happened, and the answers given.
 */
export function CaseRoute() {
  const { t } = useTranslation();
  const language = useLanguage();
  const location = useLocation();
  const queryClient = useQueryClient();
  const { caseId = '' } = useParams();
  const item = useMyCase(caseId);
  const supplements = useSupplements(caseId);
  const { thread, newIds } = useCaseThread(caseId);
  const title = item.data ? t('case.titleFor', { period: formatMonth(item.data.period, language) }) : t('case.title');
  useDocumentTitle(title);
  const open = openRequests(supplements.data?.requests ?? []);

  return (
    <>
      <p>
        <Link to="/arenden">{t('case.back')}</Link>
      </p>
      <h1>{title}</h1>
      {isSupplementSentState(location.state) ? <SupplementSentNotice /> : null}
      <UnreadNotice count={newIds.size} />
      <OpenRequests caseId={caseId} requests={open} />
      {supplements.error ? <p role="alert">{problemMessage(supplements.error, t)}</p> : null}
      {item.data ? (
        <>
          <CaseDetails item={item.data} />
          <CaseReceipts caseId={caseId} title="sendTitle" canSend={!closedStatuses.has(item.data.status)} />
          <CaseMessages
            caseId={caseId}
            thread={thread}
            newIds={newIds}
            onSent={() => void queryClient.invalidateQueries(caseTimelineQueryOptions(caseId))}
          />
          {supplements.data ? (
            <CaseSupplements
              caseId={caseId}
              supplements={supplements.data.supplements}
              canAdd={open.length === 0 && !closedStatuses.has(item.data.status)}
            />
          ) : null}
          <CaseHistory caseId={caseId} />
          <CaseAnswers item={item.data} />
        </>
      ) : item.error ? (
        <p role="alert">{problemMessage(item.error, t)}</p>
      ) : (
        <Loading />
      )}
    </>
  );
}
