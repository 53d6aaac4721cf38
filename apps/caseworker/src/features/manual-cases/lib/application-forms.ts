import { ALL_FORMS, SUPPLEMENT_FORM_ID, currentForm, type FormDefinition } from '@ebistans/schema';

/** The forms a case can be registered with: the current version of each application form, as on submit. */
export const applicationForms: readonly FormDefinition[] = ALL_FORMS.filter(
  (form) => form.id !== SUPPLEMENT_FORM_ID && currentForm(form.id)?.version === form.version,
);

export function applicationForm(formId: string): FormDefinition | undefined {
  return applicationForms.find((form) => form.id === formId);
}
