import { visibleAnswers, visibleSteps, type FormData, type StepDefinition } from '@ebistans/schema';
import { printForm } from './print-form';

/** The steps the answers so far ask (no co-applicant step for a single person), in order. */
export function askedSteps(answers: FormData): StepDefinition[] {
  return visibleSteps(printForm, visibleAnswers(printForm, answers));
}

interface StepPosition {
  asked: boolean;
  /** "Steg 3 av 13": the review page counts as the last step. */
  number: number;
  total: number;
  previous: StepDefinition | undefined;
  next: StepDefinition | undefined;
}

/** Where a step is among the asked ones; previous and next skip the steps the answers do not ask. */
export function stepPosition(stepId: string, answers: FormData): StepPosition {
  const asked = askedSteps(answers);
  const index = printForm.steps.findIndex((step) => step.id === stepId);
  const before = asked.filter((step) => printForm.steps.indexOf(step) < index);
  const after = asked.filter((step) => printForm.steps.indexOf(step) > index);
  return {
    asked: asked.some((step) => step.id === stepId),
    number: before.length + 1,
    total: asked.length + 1,
    previous: before.at(-1),
    next: after[0],
  };
}
