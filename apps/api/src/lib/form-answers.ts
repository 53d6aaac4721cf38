import {
  SUPPLEMENT_FORM_ID,
  currentForm,
  getForm,
  validateForm,
  validationText,
  visibleAnswers,
  type CheckContext,
  type FormDefinition,
} from '@ebistans/schema';
import { BusinessRuleError } from './errors.js';

/** An application form by id and version; only the current version of an application form is accepted. */
export function applicationForm(formId: string, formVersion: number): FormDefinition {
  const form = getForm(formId, formVersion);
  if (!form) throw new BusinessRuleError('unknown-form', 'No such form or form version');
  if (form.id === SUPPLEMENT_FORM_ID) {
    throw new BusinessRuleError('not-an-application', 'A supplement belongs to an existing case');
  }
  if (currentForm(form.id)?.version !== form.version) {
    throw new BusinessRuleError('form-outdated', 'A newer version of the form must be used');
  }
  return form;
}

/** The visible answers if they pass every rule of the form; otherwise an `invalid-form` problem with Swedish texts. */
export function checkedAnswers(form: FormDefinition, answers: Record<string, unknown>, context?: CheckContext) {
  const data = visibleAnswers(form, answers);
  const issues = validateForm(form, data, context);
  if (issues.length > 0) {
    throw new BusinessRuleError(
      'invalid-form',
      'The application has errors',
      issues.map((issue) => ({ ...issue, message: validationText(issue.code, 'sv') })),
    );
  }
  return data;
}
