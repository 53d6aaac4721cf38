import { useTranslation } from 'react-i18next';
import { Loading, isProblem, problemMessage, useDocumentTitle } from '@ebistans/ui';
import {
  useNotificationSettings,
  useNotificationTemplates,
} from '../../features/notification-settings/api/notification-settings';
import { NotificationSettingsForm } from '../../features/notification-settings/components/notification-settings-form';
import { NotificationTemplatesForm } from '../../features/notification-settings/components/notification-templates-form';

/** The admin's page for the municipality's notifications (/admin/aviseringar): settings, then own texts. */
export function NotificationSettingsRoute() {
  const { t } = useTranslation();
  const settings = useNotificationSettings();
  const templates = useNotificationTemplates();
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
          {templates.error ? (
            <p role="alert">{problemMessage(templates.error, t)}</p>
          ) : templates.data ? (
            <NotificationTemplatesForm templates={templates.data} />
          ) : (
            <Loading />
          )}
        </>
      ) : (
        <Loading />
      )}
    </>
  );
}
