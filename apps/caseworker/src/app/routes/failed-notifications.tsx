import { useTranslation } from 'react-i18next';
import { Loading, isProblem, problemMessage, useDocumentTitle } from '@ebistans/ui';
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
      {isProblem(failed.error, 'forbidden') ? (
        <p>{t('failedNotifications.forbidden')}</p>
      ) : failed.error ? (
        <p role="alert">{problemMessage(failed.error, t)}</p>
      ) : failed.data ? (
        <>
          <p>{t('failedNotifications.intro')}</p>
          <FailedNotificationsTable items={failed.data.items} />
        </>
      ) : (
        <Loading />
      )}
    </>
  );
}
