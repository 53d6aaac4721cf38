import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { PageLayout, useFocusHeadingOnRouteChange } from '@ebistans/ui';
import { useMe } from '../../features/auth/api/get-me';
import { LogoutButton } from '../../features/auth/components/logout-button';

export function RootLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const me = useMe();
  useFocusHeadingOnRouteChange(pathname);
  const loggedIn = !me.error && me.data?.kind === 'staff';
  return (
    <PageLayout
      brand={<Link to="/">{t('serviceName')}</Link>}
      version={__APP_VERSION__}
      width="wide"
      actions={loggedIn ? <LogoutButton /> : null}
    >
      <Outlet />
    </PageLayout>
  );
}
