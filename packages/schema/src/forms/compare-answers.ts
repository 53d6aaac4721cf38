import { describeAnswers, type AnswerEntry } from '../common/describe.js';
import type { FormData, FormDefinition } from '../common/form-definition.js';
import type { Language } from '../common/localized.js';

export type ComparisonStatus = 'new' | 'changed' | 'removed' | 'unchanged';

/**
 * One line of a comparison: a question (`field`) or a list row such as a child or an income (`row`),
 * followed by its questions. `context` names the group and row a question belongs to ("Barn 2 – Alva").
 */
export interface ComparisonItem {
  kind: 'field' | 'row';
  /** The answer's path in the newer answers, or in the older ones for what was removed. */
  path: string;
  label: string;
  context: string[];
  status: ComparisonStatus;
  /** The answer as a person reads it; null where there was none. Rows have none. */
  before: string | null;
  after: string | null;
}

export interface ComparisonSection {
  stepId: string;
  title: string;
  items: ComparisonItem[];
}

export interface AnswersToCompare {
  form: FormDefinition;
  data: FormData;
}

/**
 * Fields that say which person or thing a list row is about, most telling first. Rows are paired by
 * them, so a child removed from the middle of the list does not make every later child "changed".
 */
const ROW_KEYS = ['personnummer', 'name', 'type', 'category', 'benefit', 'relation'];

const nameOf = (entry: AnswerEntry) => entry.path.slice(entry.path.lastIndexOf('.') + 1);

type Row = AnswerEntry & { kind: 'list' } extends { items: (infer Item)[] } ? Item : never;

function rowKey(row: Row): string {
  for (const key of ROW_KEYS) {
    const entry = row.entries.find((candidate) => candidate.kind === 'value' && nameOf(candidate) === key);
    if (entry?.kind === 'value') return `${key}:${entry.text.toLowerCase()}`;
  }
  return '';
}

/** A row's heading and what it is about: "Inkomst 1 – Lön". */
function rowLabel(row: Row): string {
  const about = row.entries.find(
    (entry) => entry.kind === 'value' && ROW_KEYS.includes(nameOf(entry)) && nameOf(entry) !== 'personnummer',
  );
  return about?.kind === 'value' ? `${row.title} – ${about.text}` : row.title;
}

/** Pairs rows with the same key in the order they come; what is left over was added or removed. */
function pairRows(before: Row[], after: Row[]): [Row | undefined, Row | undefined][] {
  const unmatched = before.map((row) => ({ row, key: rowKey(row), used: false }));
  const pairs: [Row | undefined, Row | undefined][] = after.map((row) => {
    const key = rowKey(row);
    const match = unmatched.find((candidate) => !candidate.used && candidate.key === key);
    if (!match) return [undefined, row];
    match.used = true;
    return [match.row, row];
  });
  // A removed row is listed after the rows that are still there.
  for (const candidate of unmatched) if (!candidate.used) pairs.push([candidate.row, undefined]);
  return pairs;
}

function statusOf(items: readonly ComparisonItem[]): ComparisonStatus {
  return items.some((item) => item.status !== 'unchanged') ? 'changed' : 'unchanged';
}

function valueStatus(before: string | null, after: string | null): ComparisonStatus {
  if (before === null) return 'new';
  if (after === null) return 'removed';
  return before === after ? 'unchanged' : 'changed';
}

type EntryPair = [AnswerEntry | undefined, AnswerEntry | undefined];

/** Pairs answers by question name: the newer ones in their order, then those only the older have. */
function pairEntries(before: readonly AnswerEntry[], after: readonly AnswerEntry[]): EntryPair[] {
  const older = new Map(before.map((entry) => [nameOf(entry), entry]));
  const newer = new Set(after.map(nameOf));
  return [
    ...after.map((entry): EntryPair => [older.get(nameOf(entry)), entry]),
    ...before.filter((entry) => !newer.has(nameOf(entry))).map((entry): EntryPair => [entry, undefined]),
  ];
}

function comparePairs(pairs: readonly EntryPair[], context: string[]): ComparisonItem[] {
  return pairs.flatMap(([old, current]) => {
    // A question that changed kind between form versions is compared as one removed and one new.
    if (old && current && old.kind !== current.kind) {
      return [...compareEntry(old, undefined, context), ...compareEntry(undefined, current, context)];
    }
    return compareEntry(old, current, context);
  });
}

function compareEntry(
  old: AnswerEntry | undefined,
  current: AnswerEntry | undefined,
  context: string[],
): ComparisonItem[] {
  const entry = (current ?? old)!;
  if (entry.kind === 'value') {
    const before = old?.kind === 'value' ? old.text : null;
    const after = current?.kind === 'value' ? current.text : null;
    return [
      {
        kind: 'field',
        path: entry.path,
        label: entry.label,
        context,
        status: valueStatus(before, after),
        before,
        after,
      },
    ];
  }
  if (entry.kind === 'group') {
    const inner = (side: AnswerEntry | undefined) => (side?.kind === 'group' ? side.entries : []);
    return comparePairs(pairEntries(inner(old), inner(current)), [...context, entry.label]);
  }
  const rows = (side: AnswerEntry | undefined) => (side?.kind === 'list' ? side.items : []);
  const olderRows = rows(old);
  const newerRows = rows(current);
  return pairRows(olderRows, newerRows).flatMap(([oldRow, newRow]) => {
    const row = (newRow ?? oldRow)!;
    const label = rowLabel(row);
    const fields = comparePairs(pairEntries(oldRow?.entries ?? [], newRow?.entries ?? []), [...context, label]);
    const status = !oldRow ? 'new' : !newRow ? 'removed' : statusOf(fields);
    const path = `${entry.path}.${newRow ? newerRows.indexOf(newRow) : olderRows.indexOf(row)}`;
    const heading: ComparisonItem = { kind: 'row', path, label, context, status, before: null, after: null };
    return [heading, ...fields];
  });
}

/**
 * A field-by-field comparison of two sets of answers, e.g. last month's application and this one's,
 * each read by its own form version: every visible question and list row (children, incomes, costs…)
 * is new, changed, removed or unchanged, with both answers as a person reads them. Questions are
 * paired by name across the whole form, as a newer version may ask one on another step. Steps come in
 * the newer form's order; what only the older answers have stays under its old step's title.
 */
export function compareAnswers(
  before: AnswersToCompare,
  after: AnswersToCompare,
  language: Language,
): ComparisonSection[] {
  const older = describeAnswers(before.form, before.data, language);
  const newer = describeAnswers(after.form, after.data, language);
  const olderByName = new Map(older.flatMap((section) => section.entries.map((entry) => [nameOf(entry), entry])));
  const newerNames = new Set(newer.flatMap((section) => section.entries.map(nameOf)));
  const removedFrom = (stepId: string) =>
    (older.find((section) => section.stepId === stepId)?.entries ?? [])
      .filter((entry) => !newerNames.has(nameOf(entry)))
      .map((entry): EntryPair => [entry, undefined]);
  const newerIds = new Set(newer.map((section) => section.stepId));
  const sections = [
    ...newer.map((section) => ({
      section,
      pairs: [
        ...section.entries.map((entry): EntryPair => [olderByName.get(nameOf(entry)), entry]),
        ...removedFrom(section.stepId),
      ],
    })),
    ...older
      .filter((section) => !newerIds.has(section.stepId))
      .map((section) => ({ section, pairs: removedFrom(section.stepId) })),
  ];
  return sections
    .map(({ section, pairs }) => ({
      stepId: section.stepId,
      title: section.title,
      items: comparePairs(pairs, []),
    }))
    .filter((section) => section.items.length > 0);
}

/** What differs, each question once with the rows it is in: what an edit or a new month changed. */
export function changedAnswers(sections: readonly ComparisonSection[]): ComparisonItem[] {
  return sections.flatMap((section) =>
    section.items.filter((item) => item.kind === 'field' && item.status !== 'unchanged'),
  );
}
