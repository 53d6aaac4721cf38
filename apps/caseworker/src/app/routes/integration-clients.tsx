import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@ebistans/ui';
import { QueryState } from '../../components/query-state';
import { useIntegrationClients } from '../../features/integration-clients/api/integration-clients';
import { IntegrationClientsAdmin } from '../../features/integration-clients/components/integration-clients-admin';

/** The admin's API clients for the municipality's case systems (/admin/api-klienter). */
export function IntegrationClientsRoute() {
  const { t } = useTranslation();
  const clients = useIntegrationClients();
  const title = t('integrationClients.title');
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <QueryState query={clients} forbidden={t('integrationClients.forbidden')}>
        {(data) => (
          <>
            <p>{t('integrationClients.intro')}</p>
            <IntegrationClientsAdmin items={data.items} />
          </>
        )}
      </QueryState>
    </>
  );
}
