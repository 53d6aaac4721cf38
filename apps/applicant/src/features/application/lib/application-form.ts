import { manadsansokanV1, type FormDefinition } from '@ebistans/schema';

/** The form version new applications are made with; submitted cases keep the version they were made with. */
export const applicationForm: FormDefinition = manadsansokanV1;

/** Steps after the form's own: the review page counts as the last step in "Steg 3 av 4". */
export const totalSteps = applicationForm.steps.length + 1;

export function stepPath(stepId: string): string {
  return `/ansokan/${stepId}`;
}

export const reviewPath = '/ansokan/granska';
