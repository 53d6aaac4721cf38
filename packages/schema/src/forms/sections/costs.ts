import type { FieldDefinition, StepDefinition } from '../../common/form-definition.js';
import { gatedList, option, t } from './builders.js';

/**
 * Costs outside the norm the household can apply for (DOMAIN.md §1.3): försörjningsstöd costs and the
 * common "livsföring i övrigt" items. Rent is asked on the housing step.
 */
export const COST_TYPES = [
  option('electricity', 'Hushållsel', 'Household electricity'),
  option('home_insurance', 'Hemförsäkring', 'Home insurance'),
  option('internet', 'Internet', 'Internet'),
  option('work_travel', 'Resor till arbete eller aktivitet', 'Travel to work or an activity'),
  option('union_fee', 'Fackavgift', 'Trade union fee'),
  option('unemployment_fund_fee', 'Avgift till a-kassan', 'Unemployment fund (a-kassa) fee'),
  option('doctor', 'Läkarbesök inom högkostnadsskyddet', 'Doctor visits within the high-cost protection'),
  option(
    'medicine',
    'Medicin på recept inom högkostnadsskyddet',
    'Prescription medicine within the high-cost protection',
  ),
  option('dental', 'Tandvård', 'Dental care'),
  option('glasses', 'Glasögon', 'Glasses'),
  option('childcare_fee', 'Avgift för förskola eller fritidshem', 'Preschool or after-school care fee'),
  option('other', 'Annan kostnad', 'Other cost'),
];

/** Costs that need a few words: what, where, or why. */
export const COST_TYPES_DESCRIBED = ['work_travel', 'dental', 'other'];

export const costRowFields: readonly FieldDefinition[] = [
  { name: 'type', kind: 'select', label: t('Vilken kostnad?', 'Which cost?'), options: COST_TYPES },
  {
    name: 'specification',
    kind: 'text',
    label: t('Beskriv kostnaden', 'Describe the cost'),
    hint: t(
      'Resor: varifrån och vart. Tandvård: vad som ska göras. Annan kostnad: vad det är.',
      'Travel: from where to where. Dental care: what is to be done. Other cost: what it is.',
    ),
    visibleWhen: { field: 'type', oneOf: COST_TYPES_DESCRIBED },
  },
  {
    name: 'amount',
    kind: 'kronor',
    max: 50_000,
    label: t('Belopp', 'Amount'),
    hint: t('I hela kronor, för den månad du söker för.', 'In whole kronor, for the month you apply for.'),
  },
];

export const costsStep: StepDefinition = {
  id: 'costs',
  title: t('Kostnader du söker för', 'Costs you apply for'),
  intro: t(
    'Här söker du för kostnader utöver hyran, till exempel el och hemförsäkring. Bifoga räkning eller kvitto för varje kostnad.',
    'Here you apply for costs besides the rent, for example electricity and home insurance. Attach a bill or receipt for each cost.',
  ),
  fields: gatedList(
    {
      name: 'appliesForCosts',
      kind: 'yesno',
      label: t(
        'Söker du bistånd till andra kostnader än hyran?',
        'Do you apply for assistance with costs other than rent?',
      ),
    },
    {
      name: 'costs',
      label: t('Kostnader', 'Costs'),
      itemLabel: t('Kostnad {n}', 'Cost {n}'),
      addLabel: t('Lägg till en kostnad', 'Add a cost'),
      max: 20,
      fields: costRowFields,
    },
  ),
};
