import { Navigate, useParams } from 'react-router';
import { NotFoundPage } from '@ebistans/ui';
import { StepForm } from '../../features/application/components/step-form';
import { useAnswers } from '../../features/application/hooks/use-answers';
import { applicationForm, receiptsPath, stepPath } from '../../features/application/lib/application-form';
import { stepPosition } from '../../features/application/lib/step-navigation';

export function ApplicationStepRoute() {
  const { stepId } = useParams();
  const { answers, generation } = useAnswers();
  const step = applicationForm.steps.find((candidate) => candidate.id === stepId);
  if (!step) return <NotFoundPage />;
  const position = stepPosition(applicationForm, step.id, answers);
  // A step the answers do not ask (the co-applicant's for a single person) is skipped, also when typed in.
  if (!position.asked) return <Navigate to={position.next ? stepPath(position.next.id) : receiptsPath} replace />;
  // Answers reloaded from the server (after a conflict) start the step's form over.
  return <StepForm key={`${step.id}:${generation}`} form={applicationForm} step={step} />;
}
