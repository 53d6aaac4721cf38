import { AppLayout, unwrap, type AppAuth, type SessionTimer } from '@ebistans/ui';
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
  return <AppLayout auth={auth} version={__APP_VERSION__} width="wide" />;
}
