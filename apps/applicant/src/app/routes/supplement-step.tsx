import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Loading, NotFoundPage, problemMessage } from '@ebistans/ui';
import { myCasesQueryKey } from '../../features/cases/api/list-my-cases';
import { SupplementReceipts } from '../../features/receipts/components/supplement-receipts';
import { useMyCase } from '../../features/cases/api/get-my-case';
import { openRequests, useSupplements } from '../../features/supplements/api/list-supplements';
import { SupplementStep } from '../../features/supplements/components/supplement-step';
import type { SupplementSentState } from '../../features/supplements/components/supplement-sent-notice';
import { kompletteringForm, requestParam } from '../../features/supplements/lib/supplement-form';

/** A step of "Skicka komplettering" for one case, answering the request named in the address, if any. */
export function SupplementStepRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { caseId = '', stepId } = useParams();
  const [search] = useSearchParams();
  const requestId = search.get(requestParam) ?? undefined;
  const item = useMyCase(caseId);
  const supplements = useSupplements(caseId);
  const step = kompletteringForm.steps.find((candidate) => candidate.id === stepId);
  if (!step) return <NotFoundPage />;

  const error = item.error ?? supplements.error;
  if (error) return <p role="alert">{problemMessage(error, t)}</p>;
  if (!item.data || !supplements.data) return <Loading />;

  const request = requestId ? openRequests(supplements.data.requests).find((open) => open.id === requestId) : undefined;
  // A request already answered (sent from another tab, say) cannot be answered again.
  if (requestId && !request) {
    return (
      <>
        <h1>{t('supplements.answeredTitle')}</h1>
        <p>{t('supplements.answeredText')}</p>
        <p>
          <Link to={`/arenden/${caseId}`}>{t('supplements.toCase')}</Link>
        </p>
      </>
    );
  }

  return (
    <SupplementStep
      key={step.id}
      caseId={caseId}
      caseNumber={item.data.caseNumber}
      step={step}
      request={request}
      receipts={<SupplementReceipts caseId={caseId} categories={request?.receiptCategories ?? []} />}
      onSent={() => {
        // The case's status, timeline and requests have all changed.
        void queryClient.invalidateQueries({ queryKey: myCasesQueryKey });
        const state: SupplementSentState = { supplementSent: true };
        void navigate(`/arenden/${caseId}`, { replace: true, state });
      }}
    />
  );
}
