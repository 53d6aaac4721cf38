import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useFocusHeadingOnRouteChange } from '../hooks/use-focus-heading-on-route-change.js';
import { AppAuthContext, type AppAuth } from '../lib/app-auth.js';
import { meQueryOptions } from '../lib/me-query.js';
import { LogoutButton } from './logout-button.js';
import { PageLayout } from './page-layout.js';
import { SessionTimeoutWarning } from './session-timeout-warning.js';

interface AppLayoutProps {
  auth: AppAuth;
  /** The program version, shown in the footer. */
  version: string;
  width?: 'narrow' | 'wide';
  /** Links in the footer, on every page, such as help. */
  footerLinks?: ReactNode;
  /** The app's main links (a `<nav>`), in the header next to the logout button once logged in. */
  navigation?: ReactNode;
}

/** Each app's root route: the page layout around the current page, with the app's login for the pages below. */
export function AppLayout({ auth, version, width, footerLinks, navigation }: AppLayoutProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useQuery(meQueryOptions(auth.getMe));
  useFocusHeadingOnRouteChange(location.pathname);
  const loggedIn = !me.error && me.data?.kind === auth.kind;
  return (
    <AppAuthContext value={auth}>
      <PageLayout
        brand={<Link to="/">{t('serviceName')}</Link>}
        version={version}
        width={width}
        actions={
          loggedIn ? (
            <>
              {navigation}
              <LogoutButton />
            </>
          ) : null
        }
        footerLinks={footerLinks}
      >
        <Outlet />
      </PageLayout>
      {loggedIn && auth.sessionTimer ? <SessionTimeoutWarning timer={auth.sessionTimer} /> : null}
    </AppAuthContext>
  );
}
