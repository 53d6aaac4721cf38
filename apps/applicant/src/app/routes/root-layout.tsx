import { AppLayout } from '@ebistans/ui';
import { appAuth } from '../../features/auth/lib/app-auth';

export function RootLayout() {
  return <AppLayout auth={appAuth} version={__APP_VERSION__} />;
}
