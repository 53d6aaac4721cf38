import { useParams } from 'react-router';
import { StepForm } from '../../features/application/components/step-form';
import { applicationForm, reviewPath, stepPath } from '../../features/application/lib/application-form';
import { NotFoundRoute } from './not-found';

export function ApplicationStepRoute() {
  const { stepId } = useParams();
  const steps = applicationForm.steps;
  const index = steps.findIndex((step) => step.id === stepId);
  const step = steps[index];
  if (!step) return <NotFoundRoute />;
  const previous = steps[index - 1];
  const next = steps[index + 1];
  return (
    <StepForm
      key={step.id}
      step={step}
      stepNumber={index + 1}
      previousPath={previous ? stepPath(previous.id) : '/'}
      nextPath={next ? stepPath(next.id) : reviewPath}
    />
  );
}
