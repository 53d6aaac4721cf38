import { useTranslation } from 'react-i18next';
import { formatDateTime, useLanguage } from '@ebistans/ui';
import type { CaseEvent } from '../api/get-case-timeline';

const knownEvents = new Set([
  'submitted',
  'in_progress',
  'supplement_requested',
  'supplemented',
  'message_to_applicant',
  'message_from_applicant',
  'decided',
  'decision_recorded',
  'closed',
  'withdrawn',
  'receipts_added',
]);

/** What has happened on the case, newest first, each in plain words with its date. */
export function CaseTimeline({ events }: { events: CaseEvent[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const newestFirst = [...events].reverse();
  return (
    <ol className="timeline">
      {newestFirst.map((event, index) => (
        <li key={`${event.at}-${index}`} className="timeline__item">
          <time dateTime={event.at} className="timeline__time">
            {formatDateTime(event.at, language)}
          </time>
          {/* An event type added later is still shown, in general words rather than as a code. */}
          <span>{t(`cases.timeline.${knownEvents.has(event.type) ? event.type : 'other'}`)}</span>
        </li>
      ))}
    </ol>
  );
}
