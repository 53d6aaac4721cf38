import { set, type FieldErrors } from 'react-hook-form';
import type { FieldIssue, FormData } from '@ebistans/schema';

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
