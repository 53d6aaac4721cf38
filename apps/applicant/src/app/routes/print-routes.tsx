import type { ReactNode } from 'react';
import { Navigate, Outlet, useParams, type RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading, NotFoundPage, problemMessage } from '@ebistans/ui';
import { useMunicipalities, type Municipality } from '../../features/print/api/list-municipalities';
import { PrintReview } from '../../features/print/components/print-review';
import { PrintStart } from '../../features/print/components/print-start';
import { PrintStep } from '../../features/print/components/print-step';
import { usePrintAnswers, usePrintSession } from '../../features/print/hooks/use-print-session';
import { printForm, printReviewPath, printStartPath, printStepPath } from '../../features/print/lib/print-form';
import { stepPosition } from '../../features/print/lib/print-steps';

/** Holds the municipality and answers while the person moves between the pages below it. */
function PrintLayoutRoute() {
  return <Outlet context={usePrintSession()} />;
}

function WithMunicipalities({ page }: { page: (municipalities: Municipality[]) => ReactNode }) {
  const { t } = useTranslation();
  const municipalities = useMunicipalities();
  if (municipalities.data) return page(municipalities.data.items);
  if (municipalities.error) return <p role="alert">{problemMessage(municipalities.error, t)}</p>;
  return <Loading />;
}

function PrintStepRoute() {
  const { stepId } = useParams();
  const { municipality, answers } = usePrintAnswers();
  const step = printForm.steps.find((candidate) => candidate.id === stepId);
  if (!step) return <NotFoundPage />;
  // The municipality comes first: the PDF is addressed to it.
  if (!municipality) return <Navigate to={printStartPath} replace />;
  const position = stepPosition(step.id, answers);
  // A step the answers do not ask (the co-applicant's for a single person) is skipped, also when typed in.
  if (!position.asked) {
    return <Navigate to={position.next ? printStepPath(position.next.id) : printReviewPath} replace />;
  }
  return <PrintStep key={step.id} step={step} />;
}

/** Filling in the monthly application to print, sign and post, without logging in: nothing here needs a session. */
export const printRoute: RouteObject = {
  path: printStartPath,
  element: <PrintLayoutRoute />,
  children: [
    { index: true, element: <WithMunicipalities page={(items) => <PrintStart municipalities={items} />} /> },
    { path: printReviewPath, element: <WithMunicipalities page={(items) => <PrintReview municipalities={items} />} /> },
    { path: ':stepId', element: <PrintStepRoute /> },
  ],
};
