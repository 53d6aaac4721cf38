import type { TFunction } from 'i18next';

const statuses = new Set([
  'submitted',
  'in_progress',
  'awaiting_supplement',
  'supplemented',
  'decided',
  'closed',
  'withdrawn',
]);

/** A case status as plain language; a status this version does not know yet is not shown as a raw code. */
export function caseStatusText(status: string, t: TFunction): string {
  return t(`ui.caseStatus.${statuses.has(status) ? status : 'unknown'}`);
}
