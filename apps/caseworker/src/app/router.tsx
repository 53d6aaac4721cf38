import { RouterProvider, createBrowserRouter, type RouteObject } from 'react-router';
import { appRoutes } from '@ebistans/ui';
import { CaseApplicationRoute } from './routes/case-application';
import { CaseTabRoute } from './routes/case-tab';
import { CaseViewRoute } from './routes/case-view';
import { AuditLogRoute } from './routes/audit-log';
import { InboxRoute } from './routes/inbox';
import { LoginRoute } from './routes/login';
import { RootLayout } from './routes/root-layout';

const pages: RouteObject[] = [
  { index: true, element: <InboxRoute /> },
  {
    path: 'arenden/:caseId',
    element: <CaseViewRoute />,
    children: [
      { index: true, element: <CaseApplicationRoute /> },
      { path: 'historik', element: <CaseTabRoute key="history" tab="history" /> },
      { path: 'meddelanden', element: <CaseTabRoute key="messages" tab="messages" /> },
      { path: 'anteckningar', element: <CaseTabRoute key="notes" tab="notes" /> },
      { path: 'komplettering', element: <CaseTabRoute key="supplements" tab="supplements" /> },
    ],
  },
  { path: 'logg', element: <AuditLogRoute /> },
];

const router = createBrowserRouter(appRoutes({ layout: <RootLayout />, login: <LoginRoute /> }, pages), {
  basename: '/handlaggare',
});

export function AppRouter() {
  return <RouterProvider router={router} />;
}
