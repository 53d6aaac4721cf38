import type { z } from 'zod';
import type { Localized } from './localized.js';

/** How a field is rendered; the SPAs have one component per kind and no per-field code. */
export type FieldKind = 'text' | 'textarea' | 'kronor' | 'month' | 'radio' | 'yesno' | 'confirm';

export interface FieldOption {
  value: string;
  label: Localized;
}

/** A field is shown only when another field has the given value (e.g. a yes/no gate). */
export interface VisibilityCondition {
  field: string;
  equals: string | boolean;
}

export interface FieldDefinition {
  name: string;
  kind: FieldKind;
  label: Localized;
  hint?: Localized;
  help?: Localized;
  options?: FieldOption[];
  visibleWhen?: VisibilityCondition;
  optional?: boolean;
}

export interface StepDefinition {
  id: string;
  title: Localized;
  intro?: Localized;
  fields: FieldDefinition[];
}

export interface FormDefinition<Schema extends z.ZodType = z.ZodType> {
  id: string;
  version: number;
  title: Localized;
  steps: StepDefinition[];
  /** Validates a complete submission; issue messages are codes from validationMessages. */
  schema: Schema;
}

export type FormData = Record<string, unknown>;

export function isFieldVisible(field: FieldDefinition, data: FormData): boolean {
  if (!field.visibleWhen) return true;
  return data[field.visibleWhen.field] === field.visibleWhen.equals;
}

/** Drops answers to questions that are hidden, so a changed gate never submits stale follow-ups. */
export function visibleAnswers(form: FormDefinition, data: FormData): FormData {
  const result: FormData = {};
  for (const field of form.steps.flatMap((step) => step.fields)) {
    if (field.name in data && isFieldVisible(field, data)) result[field.name] = data[field.name];
  }
  return result;
}

export interface FieldIssue {
  path: string;
  code: string;
}

/** Validates the whole form and returns issues as field path + message code. */
export function validateForm(form: FormDefinition, data: FormData): FieldIssue[] {
  const result = form.schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), code: issue.message }));
}

/** Issues for the fields of one step only, so a step can be checked before the later ones are filled. */
export function validateStep(form: FormDefinition, stepId: string, data: FormData): FieldIssue[] {
  const step = form.steps.find((candidate) => candidate.id === stepId);
  if (!step) return [];
  const names = new Set(step.fields.map((field) => field.name));
  return validateForm(form, data).filter((issue) => names.has(issue.path.split('.')[0] ?? ''));
}
