import { RouterProvider, createBrowserRouter } from 'react-router';
import { CaseApplicationRoute } from './routes/case-application';
import { CaseViewRoute } from './routes/case-view';
import { InboxRoute } from './routes/inbox';
import { LoginRoute } from './routes/login';
import { LoginCodeRoute } from './routes/login-code';
import { NotFoundRoute } from './routes/not-found';
import { RequireLogin } from './routes/require-login';
import { RootLayout } from './routes/root-layout';
import { RouteError } from './routes/route-error';

const router = createBrowserRouter(
  [
    {
      element: <RootLayout />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { path: 'logga-in', element: <LoginRoute /> },
            { path: 'logga-in/engangskod', element: <LoginCodeRoute /> },
            {
              element: <RequireLogin />,
              children: [
                { index: true, element: <InboxRoute /> },
                {
                  path: 'arenden/:caseId',
                  element: <CaseViewRoute />,
                  children: [{ index: true, element: <CaseApplicationRoute /> }],
                },
              ],
            },
            { path: '*', element: <NotFoundRoute /> },
          ],
        },
      ],
    },
  ],
  { basename: '/handlaggare' },
);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
