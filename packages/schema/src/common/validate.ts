import { z } from 'zod';
import { dateSchema, emailSchema, kronorSchema, monthSchema, personnummerSchema, phoneSchema } from './fields.js';
import {
  isFieldVisible,
  isRecord,
  minimumRows,
  visibleAnswers,
  visibleSteps,
  type CheckContext,
  type CrossFieldCheck,
  type FieldDefinition,
  type FieldIssue,
  type FormData,
  type FormDefinition,
  type StepDefinition,
} from './form-definition.js';
import type { Localized } from './localized.js';

function optionValues(field: FieldDefinition): [string, ...string[]] {
  const values = (field.options ?? []).map((option) => option.value);
  if (values.length === 0) throw new Error(`Field ${field.name} has no options`);
  return values as [string, ...string[]];
}

function checkboxesSchema(field: FieldDefinition) {
  const exclusive = new Set((field.options ?? []).filter((option) => option.exclusive).map((option) => option.value));
  return z
    .array(z.enum(optionValues(field), { message: 'choose_one' }), { message: 'choose_at_least_one' })
    .min(1, { message: 'choose_at_least_one' })
    .refine((values) => new Set(values).size === values.length, { message: 'choose_one' })
    .refine((values) => values.length === 1 || !values.some((value) => exclusive.has(value)), {
      message: 'choice_exclusive',
    });
}

/** The check a field's value gets from its kind, unless the field brings its own `schema`. */
function valueSchema(field: FieldDefinition): z.ZodType {
  if (field.schema) return field.schema;
  switch (field.kind) {
    case 'text':
      return z
        .string({ message: 'required' })
        .trim()
        .min(1, { message: 'required' })
        .max(field.max ?? 200, {
          message: 'text_too_long',
        });
    case 'textarea':
      return z
        .string({ message: 'required' })
        .trim()
        .min(1, { message: 'required' })
        .max(field.max ?? 2000, {
          message: 'text_too_long',
        });
    case 'kronor':
      return kronorSchema(field.max);
    case 'number':
      return z
        .number({ message: 'number_invalid' })
        .int({ message: 'number_invalid' })
        .min(field.min ?? 0, { message: 'number_out_of_range' })
        .max(field.max ?? 1_000_000, { message: 'number_out_of_range' });
    case 'month':
      return monthSchema;
    case 'date':
      return dateSchema;
    case 'personnummer':
      return personnummerSchema;
    case 'phone':
      return phoneSchema;
    case 'email':
      return emailSchema;
    case 'radio':
    case 'select':
      return z.enum(optionValues(field), { message: 'choose_one' });
    case 'checkboxes':
      return checkboxesSchema(field);
    case 'yesno':
      return z.boolean({ message: 'choose_one' });
    case 'confirm':
      return z.literal(true, { message: 'declaration_required' });
    case 'group':
    case 'list':
      throw new Error(`Field ${field.name}: ${field.kind} is checked by its sub-fields`);
  }
}

/** What a missing answer is called, by kind: a choice not made reads differently from an empty box. */
const missingCode: Partial<Record<FieldDefinition['kind'], string>> = {
  radio: 'choose_one',
  select: 'choose_one',
  yesno: 'choose_one',
  checkboxes: 'choose_at_least_one',
  confirm: 'declaration_required',
  list: 'list_empty',
};

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

function join(prefix: string, name: string | number): string {
  return prefix === '' ? String(name) : `${prefix}.${name}`;
}

/** Field-level issues of one object (the form, a group or a list row); hidden fields are not asked. */
function fieldIssues(fields: readonly FieldDefinition[], data: FormData, prefix: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const field of fields) {
    if (!isFieldVisible(field, data)) continue;
    const path = join(prefix, field.name);
    const value = data[field.name];
    if (isEmpty(value)) {
      const required = field.kind === 'list' ? minimumRows(field) > 0 : !field.optional;
      if (required) issues.push({ path, code: field.requiredCode ?? missingCode[field.kind] ?? 'required' });
      continue;
    }
    if (field.kind === 'group') {
      if (isRecord(value)) issues.push(...fieldIssues(field.fields ?? [], value, path));
      else issues.push({ path, code: 'required' });
    } else if (field.kind === 'list') {
      if (!Array.isArray(value)) {
        issues.push({ path, code: 'list_empty' });
        continue;
      }
      if (field.max !== undefined && value.length > field.max) issues.push({ path, code: 'list_too_long' });
      value.forEach((item, index) => {
        issues.push(...fieldIssues(field.fields ?? [], isRecord(item) ? item : {}, join(path, index)));
      });
    } else {
      const result = valueSchema(field).safeParse(value);
      if (!result.success) issues.push({ path, code: result.error.issues[0]?.message ?? 'required' });
    }
  }
  return issues;
}

function checkIssues(checks: readonly CrossFieldCheck[], data: FormData, context: CheckContext): FieldIssue[] {
  return checks.flatMap((check) => check.run(data, context));
}

/**
 * Validates the whole form: every visible question by its kind, then the cross-field checks on the
 * visible answers. A path gets at most one issue, the field's own first.
 */
export function validateForm(
  form: FormDefinition,
  data: FormData,
  context: CheckContext = { today: new Date() },
): FieldIssue[] {
  const answers = visibleAnswers(form, data);
  const issues = fieldIssues(
    visibleSteps(form, answers).flatMap((step) => step.fields),
    answers,
    '',
  );
  const seen = new Set(issues.map((issue) => issue.path));
  for (const issue of checkIssues(form.checks, answers, context)) {
    if (seen.has(issue.path)) continue;
    seen.add(issue.path);
    issues.push(issue);
  }
  return issues;
}

/** Issues for the questions of one step only, so a step can be checked before the later ones are filled. */
export function validateStep(
  form: FormDefinition,
  stepId: string,
  data: FormData,
  context?: CheckContext,
): FieldIssue[] {
  const step = form.steps.find((candidate) => candidate.id === stepId);
  if (!step) return [];
  const names = new Set(step.fields.map((field) => field.name));
  return validateForm(form, data, context).filter((issue) => names.has(issue.path.split('.')[0] ?? ''));
}

/** The step that asks the question at `path`. */
export function stepOfPath(form: FormDefinition, path: string): StepDefinition | undefined {
  const name = path.split('.')[0];
  return form.steps.find((step) => step.fields.some((field) => field.name === name));
}

interface FormParts {
  id: string;
  version: number;
  title: Localized;
  intro?: Localized;
  steps: readonly StepDefinition[];
  checks?: readonly CrossFieldCheck[];
}

/** A form definition with its zod schema built from its questions and checks, so the two never disagree. */
export function defineForm(parts: FormParts): FormDefinition {
  // The refinement reads `form` only when it runs, after the definition below exists.
  const schema = z.custom<FormData>(isRecord, { message: 'required' }).superRefine((data, ctx) => {
    for (const issue of validateForm(form, data)) {
      ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.code });
    }
  });
  const form: FormDefinition = { ...parts, checks: parts.checks ?? [], schema };
  return form;
}
