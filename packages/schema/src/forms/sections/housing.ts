import type { StepDefinition } from '../../common/form-definition.js';
import { option, t } from './builders.js';

/** Homes with a rent or running cost that the household can apply for. */
export const HOUSING_WITH_COST = [
  'rental',
  'sublet',
  'lodger',
  'condominium',
  'rented_house',
  'own_house',
  'with_parents',
] as const;
/** Homes with a contract or an owner the household is responsible for. */
export const HOUSING_WITH_CONTRACT = [
  'rental',
  'sublet',
  'lodger',
  'condominium',
  'rented_house',
  'own_house',
] as const;

export const housingStep: StepDefinition = {
  id: 'housing',
  title: t('Ditt boende', 'Your housing'),
  fields: [
    {
      name: 'housingType',
      kind: 'radio',
      label: t('Hur bor du?', 'How do you live?'),
      options: [
        option('rental', 'Hyresrätt med eget kontrakt', 'Rented flat with my own contract'),
        option('sublet', 'Andrahandskontrakt', 'Sublet (second-hand contract)'),
        option('lodger', 'Inneboende hos någon', 'Lodger in someone else’s home'),
        option('condominium', 'Bostadsrätt', 'Owner-occupied flat (bostadsrätt)'),
        option('rented_house', 'Hyrt hus', 'Rented house'),
        option('own_house', 'Eget hus', 'House I own'),
        option('with_parents', 'Hos mina föräldrar', 'With my parents'),
        option(
          'homeless',
          'Jag saknar egen bostad, bor tillfälligt eller på ett boende',
          'I have no home of my own, live temporarily or in an institution',
        ),
      ],
    },
    {
      name: 'homelessDescription',
      kind: 'textarea',
      label: t('Var bor du just nu?', 'Where are you staying right now?'),
      visibleWhen: { field: 'housingType', equals: 'homeless' },
    },
    {
      name: 'contractHolder',
      kind: 'radio',
      label: t('Vem står på kontraktet eller äger bostaden?', 'Who holds the contract or owns the home?'),
      visibleWhen: { field: 'housingType', oneOf: HOUSING_WITH_CONTRACT },
      options: [
        option('applicant', 'Jag', 'Me'),
        option('co_applicant', 'Min medsökande', 'My co-applicant'),
        option('both', 'Vi båda', 'Both of us'),
        option('other', 'Någon annan', 'Someone else'),
      ],
    },
    {
      name: 'landlord',
      kind: 'text',
      optional: true,
      label: t('Hyresvärd eller förening (frivilligt)', 'Landlord or housing association (optional)'),
      visibleWhen: { field: 'housingType', oneOf: HOUSING_WITH_CONTRACT },
    },
    {
      name: 'subletApproved',
      kind: 'yesno',
      label: t('Har hyresvärden godkänt andrahandsuthyrningen?', 'Has the landlord approved the sublet?'),
      help: t(
        'Den som hyr ut i andra hand behöver hyresvärdens eller hyresnämndens tillstånd. Bifoga godkännandet om du har det.',
        'Subletting needs the approval of the landlord or the rent tribunal. Attach the approval if you have it.',
      ),
      visibleWhen: { field: 'housingType', equals: 'sublet' },
    },
    {
      name: 'rent',
      kind: 'kronor',
      max: 50_000,
      label: t('Hyra eller boendekostnad per månad', 'Rent or housing cost per month'),
      hint: t(
        'I hela kronor. Räkna inte med garage eller parkering. Bostadsrätt: månadsavgiften. Eget hus: räntor och driftkostnader, inte amorteringar.',
        'In whole kronor. Do not include a garage or parking. Owner-occupied flat: the monthly fee. Own house: interest and running costs, not repayments.',
      ),
      visibleWhen: { field: 'housingType', oneOf: HOUSING_WITH_COST },
    },
    {
      name: 'rooms',
      kind: 'number',
      optional: true,
      min: 1,
      max: 20,
      unit: t('rum och kök', 'rooms and kitchen'),
      label: t('Hur många rum har bostaden? (frivilligt)', 'How many rooms does the home have? (optional)'),
      visibleWhen: { field: 'housingType', oneOf: HOUSING_WITH_CONTRACT },
    },
    {
      name: 'rentsOutPart',
      kind: 'yesno',
      label: t('Hyr du ut en del av bostaden?', 'Do you rent out part of the home?'),
      visibleWhen: { field: 'housingType', oneOf: HOUSING_WITH_CONTRACT },
    },
    {
      name: 'rentalIncome',
      kind: 'kronor',
      max: 50_000,
      label: t('Hur mycket får du i hyra per månad?', 'How much rent do you receive per month?'),
      visibleWhen: { field: 'rentsOutPart', equals: true },
    },
  ],
};
