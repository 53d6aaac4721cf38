import type { FieldDefinition, StepDefinition } from '../../common/form-definition.js';
import { adultOptions, gatedList, option, personOptions, t } from './builders.js';

/** The income catalogue used in production (DOMAIN.md §1.4), in the words of the person who receives it. */
export const INCOME_TYPES = [
  option('salary', 'Lön', 'Salary'),
  option('unemployment_benefit', 'Ersättning från a-kassan', 'Unemployment insurance benefit (a-kassa)'),
  option('activity_support', 'Aktivitetsstöd eller utvecklingsersättning', 'Activity support or development allowance'),
  option('establishment_benefit', 'Etableringsersättning', 'Introduction benefit (etableringsersättning)'),
  option('sickness_benefit', 'Sjukpenning', 'Sickness benefit'),
  option('activity_compensation', 'Aktivitetsersättning', 'Activity compensation'),
  option('sickness_compensation', 'Sjukersättning', 'Sickness compensation'),
  option('parental_benefit', 'Föräldrapenning', 'Parental benefit'),
  option('child_allowance', 'Barnbidrag och flerbarnstillägg', 'Child allowance'),
  option('housing_allowance', 'Bostadsbidrag', 'Housing allowance'),
  option('housing_supplement', 'Bostadstillägg', 'Housing supplement'),
  option('maintenance_support', 'Underhållsstöd från Försäkringskassan', 'Maintenance support from Försäkringskassan'),
  option('maintenance_payment', 'Underhållsbidrag från den andra föräldern', 'Maintenance paid by the other parent'),
  option('care_allowance', 'Vårdbidrag eller omvårdnadsbidrag', 'Care allowance'),
  option('pension', 'Pension', 'Pension'),
  option(
    'occupational_pension',
    'Tjänstepension eller ersättning från en försäkring',
    'Occupational pension or insurance payout',
  ),
  option('survivor_benefit', 'Barnpension eller efterlevandestöd', "Child's pension or survivor's support"),
  option('elderly_support', 'Äldreförsörjningsstöd', 'Maintenance support for the elderly'),
  option('student_grant', 'Studiebidrag från CSN', 'Study grant from CSN'),
  option('student_loan', 'Studielån från CSN', 'Study loan from CSN'),
  option('tax_refund', 'Skatteåterbäring', 'Tax refund'),
  option('capital_income', 'Ränta eller utdelning', 'Interest or dividends'),
  option('transfers', 'Swish, insättningar eller överföringar', 'Swish, deposits or transfers'),
  option(
    'rent_share',
    'Hyresandel från ett vuxet barn eller en inneboende',
    'Rent share from an adult child or a lodger',
  ),
  option(
    'other_municipality',
    'Ekonomiskt bistånd från en annan kommun',
    'Financial assistance from another municipality',
  ),
  option(
    'other',
    'Annan inkomst, till exempel lån, vinst, gåva eller försäljning',
    'Other income, for example a loan, winnings, a gift or a sale',
  ),
];

/** Incomes the applicant describes in words, because the type alone does not say where the money came from. */
const INCOME_TYPES_DESCRIBED = ['transfers', 'other'];

export const incomeRowFields: readonly FieldDefinition[] = [
  { name: 'type', kind: 'select', label: t('Vilken sorts inkomst?', 'What kind of income?'), options: INCOME_TYPES },
  {
    name: 'description',
    kind: 'text',
    label: t('Beskriv inkomsten', 'Describe the income'),
    hint: t('Vem kom pengarna från, och vad var de för?', 'Who was the money from, and what was it for?'),
    visibleWhen: { field: 'type', oneOf: INCOME_TYPES_DESCRIBED },
  },
  {
    name: 'amount',
    kind: 'kronor',
    max: 200_000,
    label: t('Belopp efter skatt', 'Amount after tax'),
    hint: t('I hela kronor. Det belopp som kom in på kontot.', 'In whole kronor. The amount paid into the account.'),
  },
  {
    name: 'receivedOn',
    kind: 'date',
    label: t('Datum då pengarna kom', 'Date the money came'),
    hint: t(
      'Om pengarna inte har kommit än: datumet de ska komma.',
      'If the money has not come yet: the date it is due.',
    ),
  },
  {
    name: 'recipient',
    kind: 'radio',
    label: t('Vem får inkomsten?', 'Who receives the income?'),
    options: [personOptions.applicant, personOptions.coApplicant, personOptions.child],
  },
];

const PENDING_BENEFIT_TYPES = [
  option('unemployment_benefit', 'Ersättning från a-kassan', 'Unemployment insurance benefit (a-kassa)'),
  option('activity_support', 'Aktivitetsstöd eller etableringsersättning', 'Activity support or introduction benefit'),
  option('sickness_benefit', 'Sjukpenning', 'Sickness benefit'),
  option('sickness_compensation', 'Sjukersättning eller aktivitetsersättning', 'Sickness or activity compensation'),
  option('parental_benefit', 'Föräldrapenning', 'Parental benefit'),
  option('housing_allowance', 'Bostadsbidrag eller bostadstillägg', 'Housing allowance or supplement'),
  option('maintenance_support', 'Underhållsstöd', 'Maintenance support'),
  option('pension', 'Pension', 'Pension'),
  option('student_aid', 'Studiemedel från CSN', 'Student aid from CSN'),
  option('other', 'Något annat', 'Something else'),
];

export const incomesStep: StepDefinition = {
  id: 'incomes',
  title: t('Inkomster', 'Income'),
  intro: t(
    'Alla pengar som hushållet får räknas, också bidrag och pengar från andra. Ange belopp efter skatt.',
    'All money the household receives counts, also benefits and money from others. Give amounts after tax.',
  ),
  fields: [
    ...gatedList(
      {
        name: 'hasIncome',
        kind: 'yesno',
        label: t(
          'Får du eller någon i ditt hushåll pengar den här månaden eller fick ni pengar förra månaden?',
          'Do you or anyone in your household get money this month, or did you get money last month?',
        ),
        help: t(
          'Till exempel lön, sjukpenning, a-kassa, barnbidrag, bostadsbidrag, underhåll eller Swish från någon.',
          'For example salary, sickness benefit, unemployment benefit, child allowance, housing allowance, maintenance or Swish from someone.',
        ),
      },
      {
        name: 'incomes',
        // Dated payments of a past month: next month's are different.
        carriesOver: false,
        label: t('Inkomster', 'Incomes'),
        itemLabel: t('Inkomst {n}', 'Income {n}'),
        addLabel: t('Lägg till en inkomst', 'Add an income'),
        max: 30,
        fields: incomeRowFields,
      },
    ),
    ...gatedList(
      {
        name: 'hasPendingBenefits',
        kind: 'yesno',
        label: t(
          'Har du eller din medsökande sökt någon ersättning som ni väntar på beslut om?',
          'Have you or your co-applicant applied for a benefit you are waiting for a decision on?',
        ),
        help: t(
          'Till exempel bostadsbidrag, sjukpenning eller a-kassa som inte är beslutad än.',
          'For example housing allowance, sickness benefit or unemployment benefit that is not decided yet.',
        ),
      },
      {
        name: 'pendingBenefits',
        label: t('Sökta ersättningar', 'Benefits applied for'),
        itemLabel: t('Ersättning {n}', 'Benefit {n}'),
        addLabel: t('Lägg till en ersättning', 'Add a benefit'),
        max: 10,
        fields: [
          {
            name: 'benefit',
            kind: 'select',
            label: t('Vilken ersättning?', 'Which benefit?'),
            options: PENDING_BENEFIT_TYPES,
          },
          {
            name: 'description',
            kind: 'text',
            label: t('Vilken ersättning, och var har du sökt den?', 'Which benefit, and where did you apply?'),
            visibleWhen: { field: 'benefit', equals: 'other' },
          },
          { name: 'appliedBy', kind: 'radio', label: t('Vem har sökt?', 'Who applied?'), options: adultOptions },
          {
            name: 'appliedOn',
            kind: 'date',
            optional: true,
            label: t('När sökte ni? (frivilligt)', 'When did you apply? (optional)'),
          },
        ],
      },
    ),
  ],
};

export const VEHICLE_TYPES = [
  option('car', 'Bil', 'Car'),
  option('motorcycle', 'Motorcykel', 'Motorcycle'),
  option('moped', 'Moped', 'Moped'),
  option('boat', 'Båt', 'Boat'),
  option('caravan', 'Husvagn eller husbil', 'Caravan or motorhome'),
  option('snowmobile', 'Snöskoter', 'Snowmobile'),
  option('other', 'Annat fordon', 'Other vehicle'),
];

export const assetsStep: StepDefinition = {
  id: 'assets',
  title: t('Tillgångar', 'Assets'),
  intro: t(
    'Pengar och saker av värde ska i regel användas innan du kan få bistånd. En bil kan godtas om du behöver den för arbete eller sjukdom.',
    'Money and valuables must as a rule be used before you can get assistance. A car can be accepted if you need it for work or illness.',
  ),
  fields: [
    ...gatedList(
      {
        name: 'hasAssets',
        kind: 'yesno',
        label: t(
          'Har du, din medsökande eller era barn pengar på banken eller något annat av värde?',
          'Do you, your co-applicant or your children have money in the bank or anything else of value?',
        ),
        help: t(
          'Till exempel sparpengar, fonder, aktier, bil, båt, bostadsrätt, hus, sommarstuga eller ett företag. Vanliga lönekonton med lite pengar behöver du inte ange här.',
          'For example savings, funds, shares, a car, boat, flat, house, summer house or a company. Ordinary accounts with little money need not be listed here.',
        ),
      },
      {
        name: 'assets',
        label: t('Tillgångar', 'Assets'),
        itemLabel: t('Tillgång {n}', 'Asset {n}'),
        addLabel: t('Lägg till en tillgång', 'Add an asset'),
        max: 20,
        fields: [
          {
            name: 'category',
            kind: 'radio',
            label: t('Vad är det?', 'What is it?'),
            options: [
              option('bank', 'Pengar på bank, fonder eller aktier', 'Money in the bank, funds or shares'),
              option('vehicle', 'Fordon', 'Vehicle'),
              option('property', 'Bostad eller fastighet', 'Home or property'),
              option('company', 'Företag', 'Company'),
              option('other', 'Något annat av värde', 'Something else of value'),
            ],
          },
          {
            name: 'vehicleType',
            kind: 'select',
            label: t('Vilket fordon?', 'Which vehicle?'),
            options: VEHICLE_TYPES,
            visibleWhen: { field: 'category', equals: 'vehicle' },
          },
          {
            name: 'registrationNumber',
            kind: 'text',
            optional: true,
            label: t('Registreringsnummer (frivilligt)', 'Registration number (optional)'),
            visibleWhen: { field: 'category', equals: 'vehicle' },
          },
          {
            name: 'propertyType',
            kind: 'select',
            label: t('Vilken sorts bostad eller fastighet?', 'What kind of home or property?'),
            options: [
              option('condominium', 'Bostadsrätt', 'Owner-occupied flat'),
              option('house', 'Hus', 'House'),
              option('holiday_home', 'Fritidshus', 'Holiday home'),
              option('land', 'Mark eller skog', 'Land or forest'),
            ],
            visibleWhen: { field: 'category', equals: 'property' },
          },
          {
            name: 'companyName',
            kind: 'text',
            label: t('Företagets namn', "The company's name"),
            visibleWhen: { field: 'category', equals: 'company' },
          },
          {
            name: 'description',
            kind: 'text',
            label: t('Beskriv tillgången', 'Describe the asset'),
            hint: t(
              'Till exempel "sparkonto i Swedbank" eller "Volvo V70 från 2008".',
              'For example "savings account at Swedbank" or "2008 Volvo V70".',
            ),
          },
          {
            name: 'value',
            kind: 'kronor',
            max: 100_000_000,
            label: t('Ungefärligt värde i kronor', 'Approximate value in kronor'),
          },
          {
            name: 'owner',
            kind: 'radio',
            label: t('Vem äger den?', 'Who owns it?'),
            options: [...adultOptions, personOptions.child],
          },
        ],
      },
    ),
  ],
};
