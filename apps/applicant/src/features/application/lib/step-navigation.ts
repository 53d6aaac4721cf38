import { validateStep, visibleAnswers, type FormData, type FormDefinition } from '@ebistans/schema';
import { askedSteps, stepPosition as positionAmongSteps, type StepPosition } from '@ebistans/ui';
import { receiptsPath, stepPath } from './application-form';

/** The pages after the form's own steps, each counted as a step: the receipts, then the review. */
export const finalPages = ['receipts', 'review'] as const;
export type FinalPage = (typeof finalPages)[number];

/** Where a step is among the asked ones, "Steg 3 av 14" counting the receipts and review pages. */
export function stepPosition(form: FormDefinition, stepId: string, answers: FormData): StepPosition {
  return positionAmongSteps(form, stepId, answers, finalPages.length);
}

/** "Steg 13 av 14" for the receipts page, "Steg 14 av 14" for the review. */
export function finalPagePosition(form: FormDefinition, page: FinalPage, answers: FormData) {
  const asked = askedSteps(form, answers);
  return { number: asked.length + finalPages.indexOf(page) + 1, total: asked.length + finalPages.length };
}

/**
 * Where "Fortsätt där du slutade" leads: the first asked step that is not complete yet, or the receipts
 * step once every step is. Computed from the answers, so it works on any device.
 */
export function resumePath(form: FormDefinition, answers: FormData): string {
  const data = visibleAnswers(form, answers);
  const unfinished = askedSteps(form, answers).find((step) => validateStep(form, step.id, data).length > 0);
  return unfinished ? stepPath(unfinished.id) : receiptsPath;
}
