import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, problemMessage, useDocumentTitle } from '@ebistans/ui';
import { useNotificationPreferences } from '../../features/notification-preferences/api/notification-preferences';
import { NotificationPreferencesForm } from '../../features/notification-preferences/components/notification-preferences-form';

export const notificationPreferencesPath = '/installningar/aviseringar';

/** "Aviseringar": how the applicant is told that there is news in their cases. */
export function NotificationPreferencesRoute() {
  const { t } = useTranslation();
  const preferences = useNotificationPreferences();
  const title = t('notificationPreferences.title');
  useDocumentTitle(title);
  return (
    <>
      <p>
        <Link to="/">{t('cases.back')}</Link>
      </p>
      <h1>{title}</h1>
      <p className="lead">{t('notificationPreferences.intro')}</p>
      {preferences.data ? (
        <NotificationPreferencesForm saved={preferences.data} />
      ) : preferences.error ? (
        <p role="alert">{problemMessage(preferences.error, t)}</p>
      ) : (
        <Loading />
      )}
    </>
  );
}
