import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, problemMessage, useDocumentTitle } from '@ebistans/ui';
import { currentDraftQueryOptions } from '../../features/application/api/get-current-draft';
import { startPath } from '../../features/application/lib/application-form';
import { useMe } from '../../features/auth/api/get-me';
import { useMyCases } from '../../features/cases/api/list-my-cases';
import { CaseList } from '../../features/cases/components/case-list';
import { useMunicipalityDetails } from '../../features/welcome/api/get-municipality';
import { PersonalDataInfo } from '../../features/welcome/components/personal-data-info';
import { WhatToHaveReady } from '../../features/welcome/components/what-to-have-ready';
import { WhatYouCanDo } from '../../features/welcome/components/what-you-can-do';
import { notificationPreferencesPath } from './notification-preferences';

const casesPath = '/arenden';
// The newest few; the rest are under Mina ärenden.
const latestCases = 3;

/** "Mina sidor" after login: what the applicant can do here, what to have ready, and how their data is handled. */
export function StartRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const draft = useQuery(currentDraftQueryOptions());
  const cases = useMyCases();
  const municipality = useMunicipalityDetails(me.data?.municipality?.slug);
  const title = t('start.title');
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      {me.data ? <p className="lead">{t('start.greeting', { name: me.data.displayName })}</p> : null}
      <WhatYouCanDo applicationPath={startPath} casesPath={casesPath} hasDraft={Boolean(draft.data)} />

      <h2>{t('start.casesTitle')}</h2>
      {cases.data ? (
        <CaseList cases={cases.data.items.slice(0, latestCases)} />
      ) : cases.error ? (
        <p role="alert">{problemMessage(cases.error, t)}</p>
      ) : (
        <Loading />
      )}
      <p>
        <Link to={casesPath}>{t('start.allCases')}</Link>
      </p>
      <p>
        <Link to="/meddelanden">{t('generalMessages.link')}</Link>
      </p>
      <p>
        <Link to={notificationPreferencesPath}>{t('notificationPreferences.link')}</Link>
      </p>

      <WhatToHaveReady />

      {municipality.data ? (
        <PersonalDataInfo municipality={municipality.data} />
      ) : municipality.error ? (
        <p role="alert">{problemMessage(municipality.error, t)}</p>
      ) : null}
    </>
  );
}
