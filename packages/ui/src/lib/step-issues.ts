import { set, type FieldErrors, type Resolver } from 'react-hook-form';
import {
  stepOfPath,
  validateForm,
  validateStep,
  visibleAnswers,
  type CheckContext,
  type FieldIssue,
  type FormData,
  type FormDefinition,
  type StepDefinition,
} from '@ebistans/schema';

/** Navigation state that sends the person back to a step with the problems found when the whole form was checked. */
export interface IssuesState {
  issues: FieldIssue[];
}

function isIssue(value: unknown): value is FieldIssue {
  return (
    typeof value === 'object' &&
    value !== null &&
    'path' in value &&
    typeof value.path === 'string' &&
    'code' in value &&
    typeof value.code === 'string'
  );
}

export function issuesFromState(state: unknown): FieldIssue[] {
  if (typeof state !== 'object' || state === null || !('issues' in state) || !Array.isArray(state.issues)) return [];
  return state.issues.filter(isIssue);
}

/** The first step, in the form's order, that asks one of the questions with a problem. */
export function firstStepWithIssue(form: FormDefinition, issues: readonly FieldIssue[]): StepDefinition | undefined {
  const steps = new Set(issues.map((issue) => stepOfPath(form, issue.path)));
  return form.steps.find((step) => steps.has(step));
}

/** The issues asked on one step, nested paths included. */
export function issuesOfStep(form: FormDefinition, stepId: string, issues: readonly FieldIssue[]): FieldIssue[] {
  return issues.filter((issue) => stepOfPath(form, issue.path)?.id === stepId);
}

const depth = (issue: FieldIssue) => issue.path.split('.').length;

/**
 * The schema's issues (dotted paths such as `children.1.name`) as react-hook-form keeps errors: nested
 * like the values. A list's own error is set before its rows' so that theirs are added under it rather
 * than replaced by it. Messages are validation codes; the fields show them in the current language.
 */
export function fieldErrors(issues: readonly FieldIssue[]): FieldErrors<FormData> {
  const errors: FieldErrors<FormData> = {};
  for (const issue of [...issues].sort((a, b) => depth(a) - depth(b))) {
    set(errors, issue.path, { type: issue.code, message: issue.code });
  }
  return errors;
}

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

/**
 * react-hook-form validation for the whole form at once, by the form's own rules and with the given
 * context. Hidden follow-up answers are left out first, as for one step.
 */
export function formResolver(form: FormDefinition, context: CheckContext): Resolver<FormData> {
  return (values) => {
    const issues = validateForm(form, visibleAnswers(form, values), context);
    if (issues.length === 0) return { values, errors: {} };
    return { values: {}, errors: fieldErrors(issues) };
  };
}
