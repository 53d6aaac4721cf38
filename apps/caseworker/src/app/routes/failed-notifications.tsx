import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@ebistans/ui';
import { QueryState } from '../../components/query-state';
import { useFailedNotifications } from '../../features/failed-notifications/api/failed-notifications';
import { FailedNotificationsTable } from '../../features/failed-notifications/components/failed-notifications-table';

/** The admin's list of notifications that could not be sent (/admin/misslyckade-aviseringar). */
export function FailedNotificationsRoute() {
  const { t } = useTranslation();
  const failed = useFailedNotifications();
  const title = t('failedNotifications.title');
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <QueryState query={failed} forbidden={t('failedNotifications.forbidden')}>
        {(data) => (
          <>
            <p>{t('failedNotifications.intro')}</p>
            <FailedNotificationsTable items={data.items} />
          </>
        )}
      </QueryState>
    </>
  );
}
