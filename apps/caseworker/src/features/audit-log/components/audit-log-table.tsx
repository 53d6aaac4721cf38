import { useTranslation } from 'react-i18next';
import { formatDateTime, useLanguage } from '@ebistans/ui';
import type { useAuditLog } from '../api/audit-log';

type AuditEntry = NonNullable<ReturnType<typeof useAuditLog>['data']>['items'][number];

/** Who did what, when and from where; actions are named in words, the raw code kept for unknown ones. */
export function AuditLogTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (entries.length === 0) return <p>{t('audit.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption>{t('audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.column.at')}</th>
            <th scope="col">{t('audit.column.actor')}</th>
            <th scope="col">{t('audit.column.action')}</th>
            <th scope="col">{t('audit.column.case')}</th>
            <th scope="col">{t('audit.column.clientIp')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq}>
              <th scope="row">
                <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
              </th>
              <td>{entry.actor.name ?? t(`history.actor.${entry.actor.kind}`)}</td>
              <td>{t(`audit.action.${entry.action.replaceAll('.', '_')}`, { defaultValue: entry.action })}</td>
              <td>{entry.caseNumber ?? '–'}</td>
              <td>{entry.clientIp ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
