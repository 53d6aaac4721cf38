import type { FieldDefinition, StepDefinition } from '../../common/form-definition.js';
import { gatedList, option, t } from './builders.js';

export type FormVariant = 'monthly' | 'new';

export const CIVIL_STATUSES_WITH_CO_APPLICANT = ['sambo', 'married'] as const;

const citizenship: FieldDefinition = {
  name: 'citizenship',
  kind: 'text',
  label: t('Medborgarskap', 'Citizenship'),
  hint: t('Till exempel Sverige.', 'For example Sweden.'),
};

/** Who applies, how to reach them, and whether they need an interpreter. Name and personnummer come from the login. */
export function applicantStep(variant: FormVariant): StepDefinition {
  const newApplication: FieldDefinition[] = [
    citizenship,
    {
      name: 'workedLast12Months',
      kind: 'yesno',
      label: t('Har du arbetat under de senaste 12 månaderna?', 'Have you worked in the last 12 months?'),
    },
    {
      name: 'recentWorkDescription',
      kind: 'textarea',
      label: t('Var arbetade du, och när slutade du?', 'Where did you work, and when did you stop?'),
      visibleWhen: { field: 'workedLast12Months', equals: true },
    },
  ];
  return {
    id: 'applicant',
    title: t('Om dig', 'About you'),
    intro: t(
      'Ditt namn och personnummer har vi redan från inloggningen.',
      'We already have your name and personal identity number from the login.',
    ),
    fields: [
      {
        name: 'civilStatus',
        kind: 'radio',
        label: t('Civilstånd', 'Civil status'),
        help: t(
          'Om du är gift eller sambo prövas ni tillsammans. Din make, maka eller sambo är då medsökande och ska också skriva under ansökan.',
          'If you are married or cohabiting, you are assessed together. Your partner is then co-applicant and also signs the application.',
        ),
        options: [
          option('single', 'Ensamstående', 'Single'),
          option('sambo', 'Sambo', 'Cohabiting'),
          option('married', 'Gift eller registrerad partner', 'Married or registered partner'),
        ],
      },
      {
        name: 'phone',
        kind: 'phone',
        label: t('Telefonnummer', 'Phone number'),
        hint: t(
          'Så att handläggaren kan ringa dig om något är oklart.',
          'So the caseworker can call you if something is unclear.',
        ),
        autoComplete: 'tel',
      },
      {
        name: 'email',
        kind: 'email',
        optional: true,
        label: t('E-post (frivilligt)', 'Email (optional)'),
        autoComplete: 'email',
      },
      {
        name: 'needsInterpreter',
        kind: 'yesno',
        label: t(
          'Behöver du tolk när du träffar handläggaren?',
          'Do you need an interpreter when you meet the caseworker?',
        ),
        help: t('Tolken är gratis för dig.', 'The interpreter is free for you.'),
      },
      {
        name: 'interpreterLanguage',
        kind: 'text',
        label: t('Vilket språk?', 'Which language?'),
        visibleWhen: { field: 'needsInterpreter', equals: true },
      },
      ...(variant === 'new' ? newApplication : []),
    ],
  };
}

/** The spouse or sambo, asked only when civil status says there is one (DOMAIN.md §2.2). */
export function coApplicantStep(variant: FormVariant): StepDefinition {
  return {
    id: 'co-applicant',
    title: t('Din medsökande', 'Your co-applicant'),
    intro: t(
      'Du har svarat att du är gift eller sambo. Fyll i uppgifter om din make, maka eller sambo.',
      'You answered that you are married or cohabiting. Fill in details about your spouse or partner.',
    ),
    visibleWhen: { field: 'civilStatus', oneOf: CIVIL_STATUSES_WITH_CO_APPLICANT },
    fields: [
      {
        name: 'coApplicant',
        kind: 'group',
        requiredCode: 'co_applicant_required',
        label: t('Medsökande', 'Co-applicant'),
        fields: [
          { name: 'name', kind: 'text', label: t('För- och efternamn', 'First and last name') },
          {
            name: 'personnummer',
            kind: 'personnummer',
            label: t('Personnummer', 'Personal identity number'),
            hint: t('12 siffror, till exempel 19900101-1234.', '12 digits, for example 19900101-1234.'),
          },
          {
            name: 'phone',
            kind: 'phone',
            optional: true,
            label: t('Telefonnummer (frivilligt)', 'Phone number (optional)'),
          },
          ...(variant === 'new' ? [citizenship] : []),
        ],
      },
    ],
  };
}

export const LIVING_ARRANGEMENTS_PART_TIME = ['alternating', 'visiting'] as const;

/** Children under 21 whom the parents must support, and other people in the home. */
export const householdStep: StepDefinition = {
  id: 'household',
  title: t('Barn och andra i hushållet', 'Children and others in the household'),
  fields: [
    ...gatedList(
      {
        name: 'hasChildren',
        kind: 'yesno',
        label: t(
          'Har du eller din medsökande barn under 21 år?',
          'Do you or your co-applicant have children under 21?',
        ),
        help: t(
          'Räkna med barn som bor hos er hela tiden, växelvis eller när de är hos er på umgänge.',
          'Include children who live with you all the time, alternately, or when they visit you.',
        ),
      },
      {
        name: 'children',
        label: t('Barn', 'Children'),
        itemLabel: t('Barn {n}', 'Child {n}'),
        addLabel: t('Lägg till ett barn', 'Add a child'),
        max: 12,
        fields: [
          { name: 'name', kind: 'text', label: t('Barnets för- och efternamn', "The child's first and last name") },
          {
            name: 'personnummer',
            kind: 'personnummer',
            label: t('Barnets personnummer', "The child's personal identity number"),
          },
          {
            name: 'livingArrangement',
            kind: 'radio',
            label: t('Hur bor barnet?', 'Where does the child live?'),
            options: [
              option('full_time', 'Hos mig hela tiden', 'With me all the time'),
              option(
                'alternating',
                'Växelvis hos mig och den andra föräldern',
                'Alternately with me and the other parent',
              ),
              option(
                'visiting',
                'Hos den andra föräldern, hos mig på umgänge',
                'With the other parent, with me on visits',
              ),
            ],
          },
          {
            name: 'daysPerMonth',
            kind: 'number',
            label: t(
              'Hur många dagar är barnet hos dig den här månaden?',
              'How many days is the child with you this month?',
            ),
            hint: t('Räkna nätterna barnet sover hos dig.', 'Count the nights the child sleeps at your home.'),
            unit: t('dagar', 'days'),
            min: 0,
            max: 31,
            visibleWhen: { field: 'livingArrangement', oneOf: LIVING_ARRANGEMENTS_PART_TIME },
          },
          {
            name: 'registeredHere',
            kind: 'yesno',
            label: t('Är barnet folkbokfört på din adress?', 'Is the child registered at your address?'),
          },
          {
            name: 'school',
            kind: 'text',
            optional: true,
            label: t('Förskola eller skola (frivilligt)', 'Preschool or school (optional)'),
          },
        ],
      },
    ),
    ...gatedList(
      {
        name: 'hasOtherMembers',
        kind: 'yesno',
        label: t('Bor någon annan i bostaden?', 'Does anyone else live in the home?'),
        help: t(
          'Till exempel ett vuxet barn, en förälder eller någon som hyr ett rum. Räkna inte med barnen ovan.',
          'For example an adult child, a parent, or someone renting a room. Do not count the children above.',
        ),
      },
      {
        name: 'otherMembers',
        label: t('Andra i bostaden', 'Others in the home'),
        itemLabel: t('Person {n}', 'Person {n}'),
        addLabel: t('Lägg till en person', 'Add a person'),
        max: 10,
        fields: [
          { name: 'name', kind: 'text', label: t('För- och efternamn', 'First and last name') },
          { name: 'birthYear', kind: 'number', label: t('Födelseår', 'Year of birth'), min: 1900, max: 2100 },
          {
            name: 'relation',
            kind: 'text',
            label: t('Vem är personen för dig?', 'Who is the person to you?'),
            hint: t('Till exempel vuxen son, mamma eller inneboende.', 'For example adult son, mother or lodger.'),
          },
          {
            name: 'paysRent',
            kind: 'yesno',
            label: t('Betalar personen en del av hyran till dig?', 'Does the person pay part of the rent to you?'),
          },
        ],
      },
    ),
  ],
};
