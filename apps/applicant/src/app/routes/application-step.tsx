import { useParams } from 'react-router';
import { NotFoundPage } from '@ebistans/ui';
import { StepForm } from '../../features/application/components/step-form';
import { applicationForm, reviewPath, stepPath } from '../../features/application/lib/application-form';

export function ApplicationStepRoute() {
  const { stepId } = useParams();
  const steps = applicationForm.steps;
  const index = steps.findIndex((step) => step.id === stepId);
  const step = steps[index];
  if (!step) return <NotFoundPage />;
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
