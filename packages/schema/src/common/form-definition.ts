import type { z } from 'zod';
import type { Language, Localized } from './localized.js';

/**
 * How a field is rendered and which value it holds; the SPAs have one component per kind and no
 * per-field code. `group` holds an object of sub-fields (a person's details), `list` an array of them
 * (children, incomes, costs).
 */
export type FieldKind =
  | 'text'
  | 'textarea'
  | 'kronor'
  | 'number'
  | 'month'
  | 'date'
  | 'personnummer'
  | 'phone'
  | 'email'
  | 'radio'
  | 'select'
  | 'checkboxes'
  | 'yesno'
  | 'confirm'
  | 'group'
  | 'list';

export interface FieldOption {
  value: string;
  label: Localized;
  hint?: Localized;
  /** A choice that cannot be combined with any other in a `checkboxes` field ("Inget av detta"). */
  exclusive?: boolean;
}

/**
 * A field (or step) is shown only when a field beside it has a value: `field` names a field of the
 * same object (for a step: of the whole form; inside a list item: of that item).
 */
export type VisibilityCondition =
  | { field: string; equals: string | boolean }
  | { field: string; oneOf: readonly string[] }
  | { field: string; includes: string };

export interface FieldDefinition {
  name: string;
  kind: FieldKind;
  label: Localized;
  hint?: Localized;
  help?: Localized;
  /** Choices of `radio`, `select` and `checkboxes`. */
  options?: readonly FieldOption[];
  visibleWhen?: VisibilityCondition;
  optional?: boolean;
  /** The message code when a required answer is missing, if more telling than `required`. */
  requiredCode?: string;
  /** Bounds: the amount for `kronor`, the value for `number`, the number of rows for `list`. */
  min?: number;
  max?: number;
  /** Shown after a `number` input, e.g. "dagar". */
  unit?: Localized;
  /** The HTML autocomplete token (WCAG 1.3.5), for questions about the person filling in the form. */
  autoComplete?: string;
  /** Sub-fields of a `group`, or of each row of a `list`. */
  fields?: readonly FieldDefinition[];
  /** A `list` row's heading; `{n}` is replaced by the row number ("Barn {n}"). */
  itemLabel?: Localized;
  /** The `list` button that adds a row ("Lägg till barn"). */
  addLabel?: Localized;
  /** Replaces the value check the kind implies, for answers with their own format. */
  schema?: z.ZodType;
  /** False for answers about one month only, which "start from last month" must not copy. */
  carriesOver?: boolean;
}

export interface StepDefinition {
  id: string;
  title: Localized;
  intro?: Localized;
  visibleWhen?: VisibilityCondition;
  /** False for steps about one submission only (the month, what changed, the declaration). */
  carriesOver?: boolean;
  fields: readonly FieldDefinition[];
}

export type FormData = Record<string, unknown>;

/** What the checks that compare answers with each other (and with today's date) are given. */
export interface CheckContext {
  today: Date;
  /** The logged-in applicant's own number, so it is not given again for a co-applicant or child. */
  applicantIdentityNumber?: string;
}

export interface FieldIssue {
  /** Dotted path to the answer, e.g. `children.1.daysPerMonth`. */
  path: string;
  code: string;
}

/** A rule across answers, with a stable code a caseworker and a support desk can refer to. */
export interface CrossFieldCheck {
  code: string;
  /** What the check is for, in the words of a caseworker. */
  description: string;
  run(data: FormData, context: CheckContext): FieldIssue[];
}

export interface FormDefinition {
  id: string;
  version: number;
  title: Localized;
  intro?: Localized;
  steps: readonly StepDefinition[];
  checks: readonly CrossFieldCheck[];
  /** The form as a zod schema: field rules and cross-field checks, issue messages are validation codes. */
  schema: z.ZodType<FormData>;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a condition holds for the object it is evaluated in (the form's answers, or one list row). */
export function conditionHolds(condition: VisibilityCondition | undefined, scope: FormData): boolean {
  if (!condition) return true;
  const value = scope[condition.field];
  if ('equals' in condition) return value === condition.equals;
  if ('oneOf' in condition) return typeof value === 'string' && condition.oneOf.includes(value);
  return Array.isArray(value) && value.includes(condition.includes);
}

/** A list row's title: "Barn 2" from the item label "Barn {n}", else the list's label and the number. */
export function rowTitle(field: FieldDefinition, index: number, language: Language): string {
  const template = field.itemLabel?.[language] ?? `${field.label[language]} {n}`;
  return template.replace('{n}', String(index + 1));
}

/** How many rows a visible list needs: one unless the definition says otherwise (or it is optional). */
export function minimumRows(field: FieldDefinition): number {
  return field.optional ? 0 : (field.min ?? 1);
}

export function isFieldVisible(field: FieldDefinition, scope: FormData): boolean {
  return conditionHolds(field.visibleWhen, scope);
}

export function isStepVisible(step: StepDefinition, data: FormData): boolean {
  return conditionHolds(step.visibleWhen, data);
}

/** The steps a person answering with `data` is shown, in order. */
export function visibleSteps(form: FormDefinition, data: FormData): StepDefinition[] {
  return form.steps.filter((step) => isStepVisible(step, data));
}

function visibleObject(fields: readonly FieldDefinition[], data: FormData, result: FormData = {}): FormData {
  for (const field of fields) {
    // Conditions are read from the answers kept so far, so a follow-up to a hidden question is hidden too.
    if (!(field.name in data) || !isFieldVisible(field, result)) continue;
    const value = data[field.name];
    if (field.kind === 'group' && isRecord(value)) result[field.name] = visibleObject(field.fields ?? [], value);
    else if (field.kind === 'list' && Array.isArray(value)) {
      result[field.name] = value.map((item: unknown) =>
        isRecord(item) ? visibleObject(field.fields ?? [], item) : item,
      );
    } else result[field.name] = value;
  }
  return result;
}

/**
 * Drops answers to questions that are hidden (also inside groups and list rows, and whole hidden
 * steps), so a changed gate never submits stale follow-ups. Conditions name earlier questions.
 */
export function visibleAnswers(form: FormDefinition, data: FormData): FormData {
  const result: FormData = {};
  for (const step of form.steps) {
    if (isStepVisible(step, result)) visibleObject(step.fields, data, result);
  }
  return result;
}
