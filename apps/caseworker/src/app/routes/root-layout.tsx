import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { AppLayout, unwrap, type AppAuth, type SessionTimer } from '@ebistans/ui';
import { useMe } from '../../features/auth/api/use-me';
import { appAuth } from '../../features/auth/lib/app-auth';
import { api } from '../../lib/api-client';

/** The session's idle timer, the same for staff as for applicants; asking does not count as activity. */
const sessionTimer: SessionTimer = {
  getExpiry: async (signal) => unwrap(await api.GET('/api/auth/session', { signal })),
  extend: async () => unwrap(await api.POST('/api/auth/session/extend')),
};

// A caseworker who leaves a case open is warned before the session ends and can keep it.
const auth: AppAuth = { ...appAuth, sessionTimer };

export function RootLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const navigation = (
    <nav aria-label={t('nav.label')} className="site-nav">
      <NavLink to="/" end>
        {t('nav.inbox')}
      </NavLink>
      <NavLink to="/sokande">{t('nav.applicants')}</NavLink>
      <NavLink to="/registrera">{t('manualCases.nav')}</NavLink>
      <NavLink to="/utskick">{t('mailings.nav')}</NavLink>
      <NavLink to="/prova">{t('testMode.nav')}</NavLink>
      {me.data?.role === 'admin' ? <NavLink to="/admin/aviseringar">{t('notificationSettings.nav')}</NavLink> : null}
      {me.data?.role === 'admin' ? <NavLink to="/admin/api-klienter">{t('integrationClients.nav')}</NavLink> : null}
      {me.data?.role === 'admin' ? <NavLink to="/admin/webhooks">{t('webhooks.nav')}</NavLink> : null}
      {me.data?.role === 'admin' ? (
        <NavLink to="/admin/misslyckade-aviseringar">{t('failedNotifications.nav')}</NavLink>
      ) : null}
    </nav>
  );
  return <AppLayout auth={auth} version={__APP_VERSION__} width="wide" navigation={navigation} />;
}
