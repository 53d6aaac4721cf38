import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading, isProblem, problemMessage, useDocumentTitle } from '@ebistans/ui';
import { useApplicant } from '../../features/applicants/api/get-applicant';
import { AccountActions } from '../../features/applicants/components/account-actions';
import { ApplicantMessages } from '../../features/applicants/components/applicant-messages';
import { ApplicantSummary } from '../../features/applicants/components/applicant-summary';
import { useMe } from '../../features/auth/api/use-me';

/** One applicant: details and cases, the account actions (not for assistants, who only look) and messages. */
export function ApplicantRoute() {
  const { t } = useTranslation();
  const { applicantId = '' } = useParams();
  const applicant = useApplicant(applicantId);
  const me = useMe();
  const name = applicant.data ? `${applicant.data.givenName} ${applicant.data.familyName}` : '';
  useDocumentTitle(name ? `${name} – ${t('applicants.title')}` : t('applicants.title'));
  const back = (
    <p>
      <Link to="/sokande">{t('applicants.back')}</Link>
    </p>
  );
  if (applicant.error) {
    return (
      <>
        {back}
        <h1>{t('applicants.title')}</h1>
        <p role="alert">
          {isProblem(applicant.error, 'not-found') ? t('applicants.notFound') : problemMessage(applicant.error, t)}
        </p>
      </>
    );
  }
  if (!applicant.data) return <Loading />;
  const canChange = me.data?.role !== 'assistant';
  return (
    <>
      {back}
      <h1>{name}</h1>
      <ApplicantSummary applicant={applicant.data} />
      {canChange ? <AccountActions applicant={applicant.data} /> : <p>{t('applicants.readOnly')}</p>}
      <ApplicantMessages applicantId={applicant.data.id} readOnly={!canChange} />
    </>
  );
}
