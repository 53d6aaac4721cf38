import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { FieldIssue, FormData, FormDefinition } from '@ebistans/schema';
import { firstStepWithIssue, type IssuesState } from '../lib/step-issues.js';
import { stepPosition } from '../lib/step-position.js';

export interface StepNavigationOptions {
  form: FormDefinition;
  /** The address of one of the form's steps. */
  stepPath: (stepId: string) => string;
  /** Where "Nästa" leads from the last asked step. */
  afterLast: string;
  /** Where "Tillbaka" leads from the first asked step. */
  beforeFirst: string;
  /** Pages after the form's own steps (receipts, review), counted in "Steg x av y". */
  pagesAfter?: number;
}

/**
 * Moving between a form's steps. Where "Nästa" and "Tillbaka" lead depends on the answers just given
 * (a co-applicant step after "Sambo"), so each move is given them.
 */
export function useStepNavigation({ form, stepPath, afterLast, beforeFirst, pagesAfter = 0 }: StepNavigationOptions) {
  const navigate = useNavigate();
  const position = useCallback(
    (stepId: string, answers: FormData) => stepPosition(form, stepId, answers, pagesAfter),
    [form, pagesAfter],
  );
  const goNext = useCallback(
    (stepId: string, answers: FormData) => {
      const { next } = position(stepId, answers);
      void navigate(next ? stepPath(next.id) : afterLast);
    },
    [position, navigate, stepPath, afterLast],
  );
  const goBack = useCallback(
    (stepId: string, answers: FormData) => {
      const { previous } = position(stepId, answers);
      void navigate(previous ? stepPath(previous.id) : beforeFirst);
    },
    [position, navigate, stepPath, beforeFirst],
  );
  /** Sends the person to the first step with a problem, which shows it; false when no step asks about it. */
  const showIssues = useCallback(
    (issues: readonly FieldIssue[]): boolean => {
      const step = firstStepWithIssue(form, issues);
      if (!step) return false;
      const state: IssuesState = { issues: [...issues] };
      void navigate(stepPath(step.id), { state });
      return true;
    },
    [form, navigate, stepPath],
  );
  return useMemo(() => ({ position, goNext, goBack, showIssues }), [position, goNext, goBack, showIssues]);
}
