import type { ReactNode } from 'react';
import { LoginCodePage } from '../components/login-code-page.js';
import { NotFoundPage } from '../components/not-found-page.js';
import { RequireLogin } from '../components/require-login.js';
import { loginCodePath, loginPath } from './login-paths.js';

/** A route as react-router takes it, limited to what is set here; the app's own routes pass through as they are. */
interface ShellRoute<Route> {
  path?: string;
  element?: ReactNode;
  errorElement?: ReactNode;
  children?: (Route | ShellRoute<Route>)[];
}

interface ShellElements {
  /** The root route's element, which renders AppLayout. */
  layout: ReactNode;
  /** Renders RouteErrorPage with react-router's useRouteError, which only the app can call. */
  routeError: ReactNode;
  /** The first login step, which differs between the apps. */
  login: ReactNode;
}

/** The routes both apps share around their own pages, which need a login. */
export function appRoutes<Route>({ layout, routeError, login }: ShellElements, pages: Route[]): ShellRoute<Route>[] {
  return [
    {
      element: layout,
      children: [
        {
          errorElement: routeError,
          children: [
            { path: loginPath, element: login },
            { path: loginCodePath, element: <LoginCodePage /> },
            { element: <RequireLogin />, children: pages },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}
