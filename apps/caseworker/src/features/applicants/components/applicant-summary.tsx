import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatIdentityNumber } from '@ebistans/schema';
import { SummaryList, caseStatusText, formatDateTime, useLanguage } from '@ebistans/ui';
import type { ApplicantDetail } from '../api/get-applicant';

/** Contact details, the state of the login, and the cases the caseworker may open. */
export function ApplicantSummary({ applicant }: { applicant: ApplicantDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const none = t('applicants.none');
  const state = applicant.deactivatedAt
    ? t('applicants.state.deactivatedSince', { date: formatDateTime(applicant.deactivatedAt, language) })
    : applicant.lockedUntil
      ? t('applicants.state.lockedUntil', { date: formatDateTime(applicant.lockedUntil, language) })
      : t('applicants.state.active');
  return (
    <>
      <SummaryList
        rows={[
          { term: t('applicants.field.personnummer'), value: formatIdentityNumber(applicant.personnummer) },
          { term: t('applicants.field.mobile'), value: applicant.mobile ?? none },
          { term: t('applicants.field.email'), value: applicant.email ?? none },
          { term: t('applicants.field.account'), value: state },
          {
            term: t('applicants.field.codeList'),
            value: applicant.hasActiveCodeList ? t('applicants.codeList.active') : t('applicants.codeList.none'),
          },
        ]}
      />
      <h2>{t('applicants.cases.title')}</h2>
      {applicant.cases === null ? (
        <p>{t('applicants.cases.notForAdmins')}</p>
      ) : applicant.cases.length === 0 ? (
        <p>{t('applicants.cases.empty')}</p>
      ) : (
        <ul>
          {applicant.cases.map((item) => (
            <li key={item.id}>
              <Link to={`/arenden/${item.id}`}>{item.caseNumber}</Link>{' '}
              {t('applicants.cases.line', { period: item.period, status: caseStatusText(item.status, t) })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
