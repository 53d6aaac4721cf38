import { stepOfPath, type FieldIssue, type FormDefinition, type StepDefinition } from '@ebistans/schema';

/** Navigation state that sends the applicant back to a step with the problems found when sending. */
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
