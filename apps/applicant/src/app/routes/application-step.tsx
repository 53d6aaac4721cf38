import { Navigate, useParams } from 'react-router';
import { NotFoundPage } from '@ebistans/ui';
import { StepForm } from '../../features/application/components/step-form';
import { useAnswers } from '../../features/application/hooks/use-answers';
import { applicationForm, reviewPath, stepPath } from '../../features/application/lib/application-form';
import { stepPosition } from '../../features/application/lib/step-navigation';

export function ApplicationStepRoute() {
  const { stepId } = useParams();
  const { answers } = useAnswers();
  const step = applicationForm.steps.find((candidate) => candidate.id === stepId);
  if (!step) return <NotFoundPage />;
  const position = stepPosition(applicationForm, step.id, answers);
  // A step the answers do not ask (the co-applicant's for a single person) is skipped, also when typed in.
  if (!position.asked) return <Navigate to={position.next ? stepPath(position.next.id) : reviewPath} replace />;
  return <StepForm key={step.id} form={applicationForm} step={step} />;
}
