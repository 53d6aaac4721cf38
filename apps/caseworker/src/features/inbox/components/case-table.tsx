import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMonth } from '@ebistans/schema';
import { caseStatusText, formatDateTime, useLanguage } from '@ebistans/ui';
import type { InboxTab, StaffCaseSummary } from '../api/list-staff-cases';

export function CaseTable({ tab, cases }: { tab: InboxTab; cases: StaffCaseSummary[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (cases.length === 0) return <p>{t('inbox.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption>{t(`inbox.caption.${tab}`)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('inbox.column.caseNumber')}</th>
            <th scope="col">{t('inbox.column.applicant')}</th>
            <th scope="col">{t('inbox.column.period')}</th>
            <th scope="col">{t('inbox.column.status')}</th>
            <th scope="col">{t('inbox.column.submittedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link to={`/arenden/${item.id}`}>{item.caseNumber}</Link>
              </th>
              <td>{item.applicantName}</td>
              <td>{formatMonth(item.period, language)}</td>
              <td>{caseStatusText(item.status, t)}</td>
              <td>
                <time dateTime={item.submittedAt}>{formatDateTime(item.submittedAt, language)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
