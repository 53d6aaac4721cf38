import { describe, expect, it } from 'vitest';
import type { FieldDefinition, StepDefinition } from '../common/form-definition.js';
import { isValidationCode } from '../common/messages.js';
import { validateForm } from '../common/validate.js';
import { exampleMonthlyApplication, exampleNewApplication, exampleSupplement, nextPeriod } from './examples.js';
import {
  ALL_FORMS,
  currentForm,
  getForm,
  MONTHLY_APPLICATION_FORM_ID,
  NEW_APPLICATION_FORM_ID,
  SUPPLEMENT_FORM_ID,
} from './registry.js';

const CHOICE_KINDS = new Set(['radio', 'select', 'checkboxes']);

/** Every problem with one object's fields: a scope is the form, a group or a list row. */
function scopeProblems(fields: readonly FieldDefinition[], where: string, earlier: Set<string>): string[] {
  const problems: string[] = [];
  for (const field of fields) {
    const at = `${where}.${field.name}`;
    if (earlier.has(field.name)) problems.push(`${at}: name used twice`);
    if (field.visibleWhen && !earlier.has(field.visibleWhen.field)) {
      problems.push(`${at}: condition on "${field.visibleWhen.field}", which is not an earlier question beside it`);
    }
    for (const text of [field.label, field.hint, field.help, field.unit, field.itemLabel, field.addLabel]) {
      if (text && (text.sv.trim() === '' || text.en.trim() === '')) problems.push(`${at}: empty text`);
    }
    if (CHOICE_KINDS.has(field.kind) !== Boolean(field.options?.length))
      problems.push(`${at}: options do not fit the kind`);
    if ((field.kind === 'group' || field.kind === 'list') !== Boolean(field.fields?.length)) {
      problems.push(`${at}: sub-fields do not fit the kind`);
    }
    if (field.kind === 'list' && !(field.itemLabel && field.addLabel && field.max))
      problems.push(`${at}: list without row label, add label or max`);
    if (field.requiredCode && !isValidationCode(field.requiredCode)) problems.push(`${at}: code without text`);
    if (field.fields) problems.push(...scopeProblems(field.fields, at, new Set()));
    earlier.add(field.name);
  }
  return problems;
}

function formProblems(steps: readonly StepDefinition[]): string[] {
  const earlier = new Set<string>();
  const problems: string[] = [];
  for (const step of steps) {
    if (step.visibleWhen && !earlier.has(step.visibleWhen.field))
      problems.push(`${step.id}: condition on a later question`);
    problems.push(...scopeProblems(step.fields, step.id, earlier));
  }
  return problems;
}

describe.each(ALL_FORMS.map((form) => [`${form.id} v${form.version}`, form] as const))('%s', (_, form) => {
  it('has unique step ids, and every question is well-formed and conditioned on an earlier one', () => {
    expect(new Set(form.steps.map((step) => step.id)).size).toBe(form.steps.length);
    expect(formProblems(form.steps)).toEqual([]);
  });

  it('has a Swedish and English text for every check code', () => {
    expect(form.checks.map((check) => check.code).filter((code) => !isValidationCode(code))).toEqual([]);
  });

  it('is in the registry under its id and version', () => {
    expect(getForm(form.id, form.version)).toBe(form);
  });
});

describe('the registry', () => {
  it('holds the monthly, the first and the supplement form, each current at its latest version', () => {
    expect(currentForm(MONTHLY_APPLICATION_FORM_ID)?.version).toBe(2);
    expect(currentForm(NEW_APPLICATION_FORM_ID)?.version).toBe(1);
    expect(currentForm(SUPPLEMENT_FORM_ID)?.version).toBe(1);
  });

  it('keeps every id-version pair once', () => {
    const keys = ALL_FORMS.map((form) => `${form.id}@${form.version}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('accepts the examples with the form they are written for, validated through the zod schema too', () => {
    const period = nextPeriod();
    const examples = [
      [MONTHLY_APPLICATION_FORM_ID, exampleMonthlyApplication(period)],
      [NEW_APPLICATION_FORM_ID, exampleNewApplication(period)],
      [SUPPLEMENT_FORM_ID, exampleSupplement(period)],
    ] as const;
    for (const [id, data] of examples) {
      const form = currentForm(id)!;
      expect(validateForm(form, data)).toEqual([]);
      expect(form.schema.safeParse(data).success).toBe(true);
    }
  });
});
