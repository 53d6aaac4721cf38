import type { Resolver } from 'react-hook-form';
import { validateStep, visibleAnswers, type FormData, type FormDefinition } from '@ebistans/schema';
import { fieldErrors } from './field-errors';

/**
 * react-hook-form validation for one step, by the form's own rules. Hidden follow-up answers are left
 * out first, so an answer to a question that is no longer asked cannot block the step.
 */
export function stepResolver(form: FormDefinition, stepId: string): Resolver<FormData> {
  return (values) => {
    const issues = validateStep(form, stepId, visibleAnswers(form, values));
    if (issues.length === 0) return { values, errors: {} };
    return { values: {}, errors: fieldErrors(issues) };
  };
}
