import { useTranslation } from 'react-i18next';
import { Loading, problemMessage } from '@ebistans/ui';
import { useCaseTimeline } from '../api/get-case-timeline';
import { CaseTimeline } from './case-timeline';

export function CaseHistory({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const timeline = useCaseTimeline(caseId);
  return (
    <section aria-labelledby="case-history-title">
      <h2 id="case-history-title">{t('cases.timeline.title')}</h2>
      {timeline.data ? (
        <CaseTimeline events={timeline.data.items} />
      ) : timeline.error ? (
        <p role="alert">{problemMessage(timeline.error, t)}</p>
      ) : (
        <Loading />
      )}
    </section>
  );
}
