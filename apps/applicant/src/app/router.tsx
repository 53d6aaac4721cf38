import { Navigate, RouterProvider, createBrowserRouter } from 'react-router';
import { applicationForm, stepPath } from '../features/application/lib/application-form';
import { ApplicationLayout } from './routes/application-layout';
import { ApplicationReviewRoute } from './routes/application-review';
import { ApplicationStepRoute } from './routes/application-step';
import { CaseRoute } from './routes/case';
import { LoginRoute } from './routes/login';
import { LoginCodeRoute } from './routes/login-code';
import { NotFoundRoute } from './routes/not-found';
import { ReceiptRoute } from './routes/receipt';
import { RequireLogin } from './routes/require-login';
import { RootLayout } from './routes/root-layout';
import { RouteError } from './routes/route-error';
import { StartRoute } from './routes/start';

const firstStep = applicationForm.steps[0]?.id ?? '';

const router = createBrowserRouter([
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
            ],
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
