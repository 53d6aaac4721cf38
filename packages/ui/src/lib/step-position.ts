import {
  visibleAnswers,
  visibleSteps,
  type FormData,
  type FormDefinition,
  type StepDefinition,
} from '@ebistans/schema';

/** The steps the answers so far ask (no co-applicant step for a single person), in order. */
export function askedSteps(form: FormDefinition, answers: FormData): StepDefinition[] {
  return visibleSteps(form, visibleAnswers(form, answers));
}

export interface StepPosition {
  /** Whether the answers ask this step at all. */
  asked: boolean;
  /** "Steg 3 av 14": pages after the form's steps (receipts, review) count as steps too. */
  number: number;
  total: number;
  previous: StepDefinition | undefined;
  next: StepDefinition | undefined;
}

/**
 * Where a step is among the asked ones; previous and next skip the steps the answers do not ask.
 * `pagesAfter` is how many pages follow the form's own steps, counted in the total.
 */
export function stepPosition(form: FormDefinition, stepId: string, answers: FormData, pagesAfter = 0): StepPosition {
  const asked = askedSteps(form, answers);
  const index = form.steps.findIndex((step) => step.id === stepId);
  const before = asked.filter((step) => form.steps.indexOf(step) < index);
  const after = asked.filter((step) => form.steps.indexOf(step) > index);
  return {
    asked: asked.some((step) => step.id === stepId),
    number: before.length + 1,
    total: asked.length + pagesAfter,
    previous: before.at(-1),
    next: after[0],
  };
}
