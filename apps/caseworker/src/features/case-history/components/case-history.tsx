import { useTranslation } from 'react-i18next';
import { Loading, caseStatusText, formatDateTime, problemMessage, useLanguage } from '@ebistans/ui';
import { useCaseEvents, type CaseHistoryEvent } from '../api/get-case-events';

/** Every event of the case, newest first, with who did it and when. */
export function CaseHistory({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const events = useCaseEvents(caseId);
  if (events.error) return <p role="alert">{problemMessage(events.error, t)}</p>;
  if (!events.data) return <Loading />;
  if (events.data.items.length === 0) return <p>{t('history.empty')}</p>;
  const items = [...events.data.items].reverse();
  return (
    <ol className="history">
      {items.map((event) => (
        <li key={event.id}>
          <p>
            <strong>{describe(event, t)}</strong>
            <br />
            <time dateTime={event.at}>{formatDateTime(event.at, language)}</time> – {actorText(event, t)}
          </p>
          {typeof event.data.comment === 'string' ? (
            <p>{t('history.comment', { comment: event.data.comment })}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function actorText(event: CaseHistoryEvent, t: ReturnType<typeof useTranslation>['t']): string {
  if (event.actor.kind === 'system' || event.actor.kind === 'integration')
    return t(`history.actor.${event.actor.kind}`);
  const role = t(`history.actor.${event.actor.kind}`);
  return event.actor.name ? `${event.actor.name} (${role})` : role;
}

const statusEvents = new Set(['in_progress', 'decided', 'closed', 'withdrawn', 'awaiting_supplement']);

function describe(event: CaseHistoryEvent, t: ReturnType<typeof useTranslation>['t']): string {
  const subject = event.subject?.name ?? '';
  if (statusEvents.has(event.type)) return t('history.event.status', { status: caseStatusText(event.type, t) });
  if (event.type === 'colour_set') {
    const colour = typeof event.data.colour === 'string' ? t(`colour.${event.data.colour}`) : null;
    return colour ? t('history.event.colour_set', { colour }) : t('history.event.colour_removed');
  }
  if (event.type === 'external_case_number_set') {
    const value = event.data.externalCaseNumber;
    return typeof value === 'string'
      ? t('history.event.external_case_number_set', { value })
      : t('history.event.external_case_number_removed');
  }
  return t(`history.event.${event.type}`, { subject, defaultValue: t('history.event.other', { type: event.type }) });
}
