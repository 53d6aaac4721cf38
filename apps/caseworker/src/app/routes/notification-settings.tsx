import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@ebistans/ui';
import { QueryState } from '../../components/query-state';
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
      <QueryState query={settings} forbidden={t('notificationSettings.forbidden')}>
        {(data) => (
          <>
            <p>{t('notificationSettings.intro')}</p>
            <NotificationSettingsForm settings={data} />
            <QueryState query={templates}>{(texts) => <NotificationTemplatesForm templates={texts} />}</QueryState>
          </>
        )}
      </QueryState>
    </>
  );
}
