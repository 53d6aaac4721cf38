import { SUPPLEMENT_FORM_ID, currentForm, type FormDefinition } from '@ebistans/schema';

function supplementForm(): FormDefinition {
  const form = currentForm(SUPPLEMENT_FORM_ID);
  if (!form) throw new Error(`The schema has no form ${SUPPLEMENT_FORM_ID}`);
  return form;
}

/** The `komplettering` form: a supplement belongs to a case and is sent with the current version. */
export const kompletteringForm: FormDefinition = supplementForm();

/** The request being answered travels in the address, so a reload or a step back keeps it. */
export function supplementStepPath(caseId: string, stepId: string, requestId: string | undefined): string {
  const path = `/arenden/${encodeURIComponent(caseId)}/komplettering/${encodeURIComponent(stepId)}`;
  return requestId ? `${path}?${new URLSearchParams({ begaran: requestId }).toString()}` : path;
}

export const requestParam = 'begaran';
