import {
  validateStep,
  visibleAnswers,
  visibleSteps,
  type FormData,
  type FormDefinition,
  type StepDefinition,
} from '@ebistans/schema';
import { receiptsPath, stepPath } from './application-form';

/** The steps the answers so far ask (no co-applicant step for a single person), in order. */
export function askedSteps(form: FormDefinition, answers: FormData): StepDefinition[] {
  return visibleSteps(form, visibleAnswers(form, answers));
}

/** The pages after the form's own steps, each counted as a step: the receipts, then the review. */
const finalPages = ['receipts', 'review'] as const;
export type FinalPage = (typeof finalPages)[number];

export interface StepPosition {
  /** Whether the answers ask this step at all. */
  asked: boolean;
  /** "Steg 3 av 14": the receipts and review pages count as the last steps. */
  number: number;
  total: number;
  previous: StepDefinition | undefined;
  next: StepDefinition | undefined;
}

/** Where a step is among the asked ones; previous and next skip the steps the answers do not ask. */
export function stepPosition(form: FormDefinition, stepId: string, answers: FormData): StepPosition {
  const asked = askedSteps(form, answers);
  const index = form.steps.findIndex((step) => step.id === stepId);
  const before = asked.filter((step) => form.steps.indexOf(step) < index);
  const after = asked.filter((step) => form.steps.indexOf(step) > index);
  return {
    asked: asked.some((step) => step.id === stepId),
    number: before.length + 1,
    total: asked.length + finalPages.length,
    previous: before.at(-1),
    next: after[0],
  };
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
