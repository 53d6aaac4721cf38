import { useTranslation } from 'react-i18next';
import { Loading, isProblem, problemMessage, useDocumentTitle } from '@ebistans/ui';
import { useNotificationSettings } from '../../features/notification-settings/api/notification-settings';
import { NotificationSettingsForm } from '../../features/notification-settings/components/notification-settings-form';

/** The admin's page for the municipality's notifications (/admin/aviseringar). */
export function NotificationSettingsRoute() {
  const { t } = useTranslation();
  const settings = useNotificationSettings();
  const title = t('notificationSettings.title');
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      {isProblem(settings.error, 'forbidden') ? (
        <p>{t('notificationSettings.forbidden')}</p>
      ) : settings.error ? (
        <p role="alert">{problemMessage(settings.error, t)}</p>
      ) : settings.data ? (
        <>
          <p>{t('notificationSettings.intro')}</p>
          <NotificationSettingsForm settings={settings.data} />
        </>
      ) : (
        <Loading />
      )}
    </>
  );
}
