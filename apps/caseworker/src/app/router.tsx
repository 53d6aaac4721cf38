import { RouterProvider, createBrowserRouter, type RouteObject } from 'react-router';
import { appRoutes } from '@ebistans/ui';
import { CaseApplicationRoute } from './routes/case-application';
import { CaseViewRoute } from './routes/case-view';
import { InboxRoute } from './routes/inbox';
import { LoginRoute } from './routes/login';
import { RootLayout } from './routes/root-layout';

const pages: RouteObject[] = [
  { index: true, element: <InboxRoute /> },
  {
    path: 'arenden/:caseId',
    element: <CaseViewRoute />,
    children: [{ index: true, element: <CaseApplicationRoute /> }],
  },
];

const router = createBrowserRouter(
  appRoutes({ layout: <RootLayout />, login: <LoginRoute /> }, pages),
  { basename: '/handlaggare' },
);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
