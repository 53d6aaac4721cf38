import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, problemMessage, useLanguage, Loading } from '@ebistans/ui';
import { useMailings } from '../api/mailings';
import { ProgressBar } from './mailing-progress';

/** The mailings made, newest first, each with its delivery progress. */
export function MailingList() {
  const { t } = useTranslation();
  const language = useLanguage();
  const mailings = useMailings();
  if (mailings.error) return <p role="alert">{problemMessage(mailings.error, t)}</p>;
  if (!mailings.data) return <Loading />;
  if (mailings.data.items.length === 0) return <p>{t('mailings.list.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{t('mailings.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mailings.list.createdAt')}</th>
            <th scope="col">{t('mailings.new.channelLegend')}</th>
            <th scope="col">{t('mailings.list.createdBy')}</th>
            <th scope="col">{t('mailings.new.recipients')}</th>
            <th scope="col">{t('mailings.progress.heading')}</th>
          </tr>
        </thead>
        <tbody>
          {mailings.data.items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link to={`/utskick/${item.id}`}>{formatDateTime(item.createdAt, language)}</Link>
              </th>
              <td>{t(`mailings.channel.${item.channel}`)}</td>
              <td>{item.createdByName}</td>
              <td>{item.recipientCount}</td>
              <td>
                <ProgressBar mailing={item} />{' '}
                {item.finishedAt
                  ? t('mailings.list.finished', { failed: item.progress.failed, skipped: item.progress.skipped })
                  : t('mailings.progress.done', {
                      done: item.recipientCount - item.progress.pending,
                      total: item.recipientCount,
                    })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
