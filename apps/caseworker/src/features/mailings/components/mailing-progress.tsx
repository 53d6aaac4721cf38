import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, problemMessage, useLanguage, Loading } from '@ebistans/ui';
import { useMailing, type MailingSummary } from '../api/mailings';

/** How far the delivery has come, as a number for screen readers and a bar for the eye. */
export function ProgressBar({ mailing }: { mailing: Pick<MailingSummary, 'progress' | 'recipientCount'> }) {
  const { t } = useTranslation();
  const done = mailing.recipientCount - mailing.progress.pending;
  return (
    <progress max={mailing.recipientCount} value={done} aria-label={t('mailings.progress.label')}>
      {t('mailings.progress.done', { done, total: mailing.recipientCount })}
    </progress>
  );
}

/** One mailing: what was sent, the delivery's progress (asked for again until it is done) and who was not reached. */
export function MailingProgress({ mailingId }: { mailingId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const mailing = useMailing(mailingId);
  if (mailing.error) return <p role="alert">{problemMessage(mailing.error, t)}</p>;
  if (!mailing.data) return <Loading />;
  const { progress, recipientCount, finishedAt, failures } = mailing.data;
  return (
    <>
      <dl className="summary-list">
        <dt>{t('mailings.new.channelLegend')}</dt>
        <dd>{t(`mailings.channel.${mailing.data.channel}`)}</dd>
        <dt>{t('mailings.list.createdAt')}</dt>
        <dd>{formatDateTime(mailing.data.createdAt, language)}</dd>
        {mailing.data.subject ? (
          <>
            <dt>{t('mailings.new.subject')}</dt>
            <dd>{mailing.data.subject}</dd>
          </>
        ) : null}
        <dt>{t('mailings.new.body')}</dt>
        <dd className="pre-wrap">{mailing.data.body}</dd>
      </dl>
      <h2>{t('mailings.progress.heading')}</h2>
      <ProgressBar mailing={mailing.data} />
      <p role="status">
        {finishedAt
          ? t('mailings.progress.finished', { total: recipientCount })
          : t('mailings.progress.running', { done: recipientCount - progress.pending, total: recipientCount })}
      </p>
      <ul>
        {(['sent', 'skipped', 'failed', 'pending'] as const).map((status) => (
          <li key={status}>{t(`mailings.status.${status}`, { count: progress[status] })}</li>
        ))}
      </ul>
      {failures.length > 0 ? (
        <>
          <h2>{t('mailings.failures.heading')}</h2>
          <table className="table">
            <caption className="visually-hidden">{t('mailings.failures.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mailings.failures.case')}</th>
                <th scope="col">{t('mailings.failures.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {failures.map((failure, index) => (
                <tr key={failure.caseId ?? index}>
                  <th scope="row">
                    {failure.caseId ? (
                      <Link to={`/arenden/${failure.caseId}`}>{failure.caseNumber}</Link>
                    ) : (
                      t('mailings.failures.removedCase')
                    )}
                  </th>
                  <td>{t(`mailings.reason.${failure.errorCode}`, { defaultValue: t('mailings.reason.unknown') })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </>
  );
}
