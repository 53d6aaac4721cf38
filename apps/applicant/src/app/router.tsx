import { RouterProvider, createBrowserRouter, type RouteObject } from 'react-router';
import { appRoutes } from '@ebistans/ui';
import { loginCodeListPath } from '../features/auth/lib/code-list-challenge';
import { ApplicationLayout } from './routes/application-layout';
import { ApplicationReceiptsRoute } from './routes/application-receipts';
import { ApplicationReviewRoute } from './routes/application-review';
import { ApplicationStartRoute } from './routes/application-start';
import { ApplicationStepRoute } from './routes/application-step';
import { CaseRoute } from './routes/case';
import { CasesRoute } from './routes/cases';
import { HelpRoute, helpPath } from './routes/help';
import { LoginRoute, MunicipalityLoginRoute } from './routes/login';
import { LoginCodeListRoute } from './routes/login-code-list';
import { MessagesRoute } from './routes/messages';
import { NotificationPreferencesRoute, notificationPreferencesPath } from './routes/notification-preferences';
import { printRoute } from './routes/print-routes';
import { ReceiptRoute } from './routes/receipt';
import { RootLayout } from './routes/root-layout';
import { StartRoute } from './routes/start';
import { SupplementStepRoute } from './routes/supplement-step';

const pages: RouteObject[] = [
  { index: true, element: <StartRoute /> },
  {
    path: 'ansokan',
    element: <ApplicationLayout />,
    children: [
      { index: true, element: <ApplicationStartRoute /> },
      { path: 'underlag', element: <ApplicationReceiptsRoute /> },
      { path: 'granska', element: <ApplicationReviewRoute /> },
      { path: ':stepId', element: <ApplicationStepRoute /> },
    ],
  },
  { path: 'arenden', element: <CasesRoute /> },
  { path: 'arenden/:caseId', element: <CaseRoute /> },
  { path: 'arenden/:caseId/komplettering/:stepId', element: <SupplementStepRoute /> },
  { path: 'arenden/:caseId/kvittens', element: <ReceiptRoute /> },
  { path: 'meddelanden', element: <MessagesRoute /> },
  { path: notificationPreferencesPath.slice(1), element: <NotificationPreferencesRoute /> },
];

// Shown with or without a login.
const publicPages: RouteObject[] = [
  { path: loginCodeListPath, element: <LoginCodeListRoute /> },
  { path: 'kommun/:slug', element: <MunicipalityLoginRoute /> },
  { path: helpPath, element: <HelpRoute /> },
  printRoute,
];

const router = createBrowserRouter(appRoutes({ layout: <RootLayout />, login: <LoginRoute /> }, pages, publicPages));

export function AppRouter() {
  return <RouterProvider router={router} />;
}
