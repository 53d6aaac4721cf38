import { MONTHLY_APPLICATION_FORM_ID, currentForm, type FormDefinition } from '@ebistans/schema';

function monthlyForm(): FormDefinition {
  const form = currentForm(MONTHLY_APPLICATION_FORM_ID);
  if (!form) throw new Error(`The schema has no form ${MONTHLY_APPLICATION_FORM_ID}`);
  return form;
}

/** The form printed: the current monthly application, as the API prints only the current version. */
export const printForm: FormDefinition = monthlyForm();

export const printStartPath = '/skriv-ut';
export const printReviewPath = '/skriv-ut/granska';

export function printStepPath(stepId: string): string {
  return `${printStartPath}/${encodeURIComponent(stepId)}`;
}
