import { useTranslation } from 'react-i18next';
import { Loading, isProblem, problemMessage, useDocumentTitle } from '@ebistans/ui';
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
      {isProblem(clients.error, 'forbidden') ? (
        <p>{t('integrationClients.forbidden')}</p>
      ) : clients.error ? (
        <p role="alert">{problemMessage(clients.error, t)}</p>
      ) : clients.data ? (
        <>
          <p>{t('integrationClients.intro')}</p>
          <IntegrationClientsAdmin items={clients.data.items} />
        </>
      ) : (
        <Loading />
      )}
    </>
  );
}
