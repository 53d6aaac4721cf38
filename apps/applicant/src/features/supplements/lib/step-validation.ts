import { set, type FieldErrors, type Resolver } from 'react-hook-form';
import { validateStep, visibleAnswers, type FieldIssue, type FormData, type FormDefinition } from '@ebistans/schema';

const depth = (issue: FieldIssue) => issue.path.split('.').length;

/** The schema's issues nested as react-hook-form keeps errors; a list's own error first, then its rows'. */
export function fieldErrors(issues: readonly FieldIssue[]): FieldErrors<FormData> {
  const errors: FieldErrors<FormData> = {};
  for (const issue of [...issues].sort((a, b) => depth(a) - depth(b))) {
    set(errors, issue.path, { type: issue.code, message: issue.code });
  }
  return errors;
}

/** One step checked by the form's own rules, with the answers to questions no longer asked left out. */
export function stepResolver(form: FormDefinition, stepId: string): Resolver<FormData> {
  return (values) => {
    const issues = validateStep(form, stepId, visibleAnswers(form, values));
    if (issues.length === 0) return { values, errors: {} };
    return { values: {}, errors: fieldErrors(issues) };
  };
}
