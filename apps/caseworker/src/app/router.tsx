import { RouterProvider, createBrowserRouter, type RouteObject } from 'react-router';
import { appRoutes } from '@ebistans/ui';
import { CaseApplicationRoute } from './routes/case-application';
import { CaseTabRoute } from './routes/case-tab';
import { CaseViewRoute } from './routes/case-view';
import { AuditLogRoute } from './routes/audit-log';
import { ApplicantsRoute } from './routes/applicants';
import { ApplicantRoute } from './routes/applicants-detail';
import { NewApplicantRoute } from './routes/applicants-new';
import { InboxRoute } from './routes/inbox';
import { CodeListLoginPage } from '../features/auth/components/code-list-login-page';
import { loginCodeListPath } from '../features/auth/lib/code-list-challenge';
import { LoginRoute } from './routes/login';
import { ManualCaseRoute } from './routes/manual-case';
import { MailingRoute, MailingsRoute, NewMailingRoute } from './routes/mailings';
import { NotificationSettingsRoute } from './routes/notification-settings';
import { IntegrationClientsRoute } from './routes/integration-clients';
import { FailedNotificationsRoute } from './routes/failed-notifications';
import { WebhooksRoute } from './routes/webhooks';
import { RootLayout } from './routes/root-layout';
import { TestModeRoute } from './routes/test-mode';

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
      { path: 'handlingar', element: <CaseTabRoute key="documents" tab="documents" /> },
      { path: 'beslut', element: <CaseTabRoute key="decision" tab="decision" /> },
      { path: 'forandringar', element: <CaseTabRoute key="changes" tab="changes" /> },
    ],
  },
  { path: 'logg', element: <AuditLogRoute /> },
  { path: 'registrera', element: <ManualCaseRoute /> },
  { path: 'utskick', element: <MailingsRoute /> },
  { path: 'utskick/nytt', element: <NewMailingRoute /> },
  { path: 'utskick/:mailingId', element: <MailingRoute /> },
  { path: 'prova', element: <TestModeRoute /> },
  { path: 'sokande', element: <ApplicantsRoute /> },
  { path: 'sokande/ny', element: <NewApplicantRoute /> },
  { path: 'sokande/:applicantId', element: <ApplicantRoute /> },
  { path: 'admin/aviseringar', element: <NotificationSettingsRoute /> },
  { path: 'admin/api-klienter', element: <IntegrationClientsRoute /> },
  { path: 'admin/webhooks', element: <WebhooksRoute /> },
  { path: 'admin/misslyckade-aviseringar', element: <FailedNotificationsRoute /> },
];

const router = createBrowserRouter(
  appRoutes({ layout: <RootLayout />, login: <LoginRoute /> }, pages, [
    { path: loginCodeListPath, element: <CodeListLoginPage /> },
  ]),
  {
    basename: '/handlaggare',
  },
);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
