import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { LoginCodePage } from '../components/login-code-page.js';
import { NotFoundPage } from '../components/not-found-page.js';
import { RequireLogin } from '../components/require-login.js';
import { RouteErrorPage } from '../components/route-error-page.js';
import { loginCodePath, loginPath } from './login-paths.js';

interface ShellElements {
  /** The root route's element, which renders AppLayout. */
  layout: ReactNode;
  /** The first login step, which differs between the apps. */
  login: ReactNode;
}

/**
 * The routes both apps share around their own pages, which need a login. `publicPages` (help, further
 * login steps) are shown to anyone.
 */
export function appRoutes(
  { layout, login }: ShellElements,
  pages: RouteObject[],
  publicPages: RouteObject[] = [],
): RouteObject[] {
  return [
    {
      element: layout,
      children: [
        {
          errorElement: <RouteErrorPage />,
          children: [
            { path: loginPath, element: login },
            { path: loginCodePath, element: <LoginCodePage /> },
            ...publicPages,
            { element: <RequireLogin />, children: pages },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}
