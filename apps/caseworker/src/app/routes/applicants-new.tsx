import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@ebistans/ui';
import { CreateApplicantForm } from '../../features/applicants/components/create-applicant-form';
import { ShownOncePassword } from '../../features/applicants/components/shown-once-password';

/** Create an applicant account; afterwards the initial password is shown here once, with the way on. */
export function NewApplicantRoute() {
  const { t } = useTranslation();
  const [created, setCreated] = useState<{ id: string; initialPassword: string }>();
  const title = t('applicants.create.title');
  useDocumentTitle(created ? t('applicants.password.createdHeading') : title);
  return (
    <>
      <p>
        <Link to="/sokande">{t('applicants.back')}</Link>
      </p>
      <h1>{title}</h1>
      {created ? (
        <>
          <ShownOncePassword heading={t('applicants.password.createdHeading')} password={created.initialPassword} />
          <p>
            <Link to={`/sokande/${created.id}`}>{t('applicants.create.open')}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{t('applicants.create.intro')}</p>
          <CreateApplicantForm onCreated={setCreated} />
        </>
      )}
    </>
  );
}
