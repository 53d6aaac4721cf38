import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { AppLayout } from '@ebistans/ui';
import { appAuth } from '../../features/auth/lib/app-auth';

/** Hands this app's router and login to the shared layout, which does not depend on react-router. */
export function RootLayout() {
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <AppLayout
      navigation={{ Link, Navigate, Outlet, navigate, location }}
      auth={appAuth}
      version={__APP_VERSION__}
      width="wide"
    />
  );
}
