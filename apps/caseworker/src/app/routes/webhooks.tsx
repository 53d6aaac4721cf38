import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@ebistans/ui';
import { QueryState } from '../../components/query-state';
import { useWebhooks } from '../../features/webhooks/api/webhooks';
import { WebhooksAdmin } from '../../features/webhooks/components/webhooks-admin';

/** The admin's webhooks to the municipality's case systems (/admin/webhooks). */
export function WebhooksRoute() {
  const { t } = useTranslation();
  const webhooks = useWebhooks();
  const title = t('webhooks.title');
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <QueryState query={webhooks} forbidden={t('webhooks.forbidden')}>
        {(data) => (
          <>
            <p>{t('webhooks.intro')}</p>
            <WebhooksAdmin items={data.items} />
          </>
        )}
      </QueryState>
    </>
  );
}
