import type { FieldDefinition, FieldOption } from '../../common/form-definition.js';
import type { Localized } from '../../common/localized.js';

/** A Swedish text with its English twin. */
export function t(sv: string, en: string): Localized {
  return { sv, en };
}

export function option(value: string, sv: string, en: string, extra: Partial<FieldOption> = {}): FieldOption {
  return { value, label: t(sv, en), ...extra };
}

/** A yes/no gate and the list it opens: the list is asked only after a "yes". */
export function gatedList(
  gate: FieldDefinition,
  list: Omit<FieldDefinition, 'kind' | 'visibleWhen'>,
): FieldDefinition[] {
  return [
    { ...gate, kind: 'yesno' },
    { ...list, kind: 'list', visibleWhen: { field: gate.name, equals: true } },
  ];
}

/** Who in the household an answer is about; the co-applicant only exists for married and sambo. */
export const personOptions = {
  applicant: option('applicant', 'Jag', 'Me'),
  coApplicant: option('co_applicant', 'Min medsökande (make, maka eller sambo)', 'My co-applicant (spouse or partner)'),
  child: option('child', 'Ett barn i hushållet', 'A child in the household'),
};

export const adultOptions = [personOptions.applicant, personOptions.coApplicant];
