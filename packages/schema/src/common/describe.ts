import { formatIdentityNumber, parseIdentityNumber } from './personnummer.js';
import {
  isFieldVisible,
  isRecord,
  rowTitle,
  visibleAnswers,
  visibleSteps,
  type FieldDefinition,
  type FormData,
  type FormDefinition,
} from './form-definition.js';
import type { Language } from './localized.js';

/** One answer as a person reads it: the review page, the caseworker's case view and the PDF show the same. */
export type AnswerEntry =
  | { kind: 'value'; path: string; label: string; text: string }
  | { kind: 'group'; path: string; label: string; entries: AnswerEntry[] }
  | { kind: 'list'; path: string; label: string; items: { title: string; entries: AnswerEntry[] }[] };

export interface AnswerSection {
  stepId: string;
  title: string;
  entries: AnswerEntry[];
}

const words = {
  yes: { sv: 'Ja', en: 'Yes' },
  no: { sv: 'Nej', en: 'No' },
  none: { sv: 'Inget svar', en: 'No answer' },
};

const locales: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** 5400 → "5 400 kr"; kronor stay kronor in English too, as that is what the amounts are. */
export function formatAmount(amount: number, language: Language): string {
  return `${new Intl.NumberFormat(locales[language]).format(amount)} kr`;
}

/** "2026-12" → "december 2026"; anything else is shown as it is. */
export function formatMonth(period: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) return period;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(locales[language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "2026-11-25" → "25 november 2026"; anything else is shown as it is. */
export function formatDate(date: string, language: Language): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'long', timeZone: 'UTC' }).format(parsed);
}

function optionText(field: FieldDefinition, value: string, language: Language): string {
  return field.options?.find((option) => option.value === value)?.label[language] ?? value;
}

/** The text of one answer of a simple (non-group, non-list) question. */
export function answerText(field: FieldDefinition, value: unknown, language: Language): string {
  if (value === undefined || value === null || value === '') return words.none[language];
  if (typeof value === 'boolean') return (value ? words.yes : words.no)[language];
  if (typeof value === 'number') {
    if (field.kind === 'kronor') return formatAmount(value, language);
    return field.unit ? `${value} ${field.unit[language]}` : String(value);
  }
  if (Array.isArray(value)) {
    const texts = value.map((item) => (typeof item === 'string' ? optionText(field, item, language) : String(item)));
    return texts.length > 0 ? texts.join(', ') : words.none[language];
  }
  if (typeof value !== 'string') return JSON.stringify(value);
  switch (field.kind) {
    case 'month':
      return formatMonth(value, language);
    case 'date':
      return formatDate(value, language);
    case 'personnummer': {
      const parsed = parseIdentityNumber(value);
      return parsed ? formatIdentityNumber(parsed.normalized) : value;
    }
    case 'radio':
    case 'select':
      return optionText(field, value, language);
    default:
      return value;
  }
}

function describeFields(
  fields: readonly FieldDefinition[],
  data: FormData,
  prefix: string,
  language: Language,
): AnswerEntry[] {
  return fields
    .filter((field) => isFieldVisible(field, data))
    .map((field): AnswerEntry => {
      const path = prefix === '' ? field.name : `${prefix}.${field.name}`;
      const label = field.label[language];
      const value = data[field.name];
      if (field.kind === 'group') {
        return {
          kind: 'group',
          path,
          label,
          entries: describeFields(field.fields ?? [], isRecord(value) ? value : {}, path, language),
        };
      }
      if (field.kind === 'list') {
        const items = Array.isArray(value) ? value : [];
        return {
          kind: 'list',
          path,
          label,
          items: items.map((item, index) => ({
            title: rowTitle(field, index, language),
            entries: describeFields(field.fields ?? [], isRecord(item) ? item : {}, `${path}.${index}`, language),
          })),
        };
      }
      return { kind: 'value', path, label, text: answerText(field, value, language) };
    });
}

/** Every visible answer under its step's title, in the person's language. */
export function describeAnswers(form: FormDefinition, data: FormData, language: Language): AnswerSection[] {
  const answers = visibleAnswers(form, data);
  return visibleSteps(form, answers).map((step) => ({
    stepId: step.id,
    title: step.title[language],
    entries: describeFields(step.fields, answers, '', language),
  }));
}
