import type { FormData } from '@ebistans/schema';
import { askedSteps as askedStepsOf, stepPosition as positionAmongSteps, type StepPosition } from '@ebistans/ui';
import { printForm } from './print-form';

/** The steps the answers so far ask (no co-applicant step for a single person), in order. */
export function askedSteps(answers: FormData) {
  return askedStepsOf(printForm, answers);
}

/** Where a step is among the asked ones, "Steg 3 av 13" counting the review page as the last step. */
export function stepPosition(stepId: string, answers: FormData): StepPosition {
  return positionAmongSteps(printForm, stepId, answers, 1);
}
