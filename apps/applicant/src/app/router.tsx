import { Navigate, RouterProvider, createBrowserRouter, type RouteObject } from 'react-router';
import { appRoutes } from '@ebistans/ui';
import { applicationForm, stepPath } from '../features/application/lib/application-form';
import { ApplicationLayout } from './routes/application-layout';
import { ApplicationReviewRoute } from './routes/application-review';
import { ApplicationStepRoute } from './routes/application-step';
import { CaseRoute } from './routes/case';
import { LoginRoute } from './routes/login';
import { ReceiptRoute } from './routes/receipt';
import { RootLayout } from './routes/root-layout';
import { StartRoute } from './routes/start';

const firstStep = applicationForm.steps[0]?.id ?? '';

const pages: RouteObject[] = [
  { index: true, element: <StartRoute /> },
  {
    path: 'ansokan',
    element: <ApplicationLayout />,
    children: [
      { index: true, element: <Navigate to={stepPath(firstStep)} replace /> },
      { path: 'granska', element: <ApplicationReviewRoute /> },
      { path: ':stepId', element: <ApplicationStepRoute /> },
    ],
  },
  { path: 'arenden/:caseId', element: <CaseRoute /> },
  { path: 'arenden/:caseId/kvittens', element: <ReceiptRoute /> },
];

const router = createBrowserRouter(
  appRoutes({ layout: <RootLayout />, login: <LoginRoute /> }, pages),
);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
