import { MONTHLY_APPLICATION_FORM_ID, currentForm, type FormDefinition } from '@ebistans/schema';

function monthlyApplicationForm(): FormDefinition {
  const form = currentForm(MONTHLY_APPLICATION_FORM_ID);
  if (!form) throw new Error(`The schema has no form ${MONTHLY_APPLICATION_FORM_ID}`);
  return form;
}

/** The form version new applications are made with; submitted cases keep the version they were made with. */
export const applicationForm: FormDefinition = monthlyApplicationForm();

export function stepPath(stepId: string): string {
  return `/ansokan/${stepId}`;
}

/** Where an application starts: resume the draft, start from last month or start afresh. */
export const startPath = '/ansokan';

/** The receipts step, after the form's own steps. */
export const receiptsPath = '/ansokan/underlag';

export const reviewPath = '/ansokan/granska';
