import type { StepDefinition } from '../../common/form-definition.js';
import { option, t } from './builders.js';

/** Only in the monthly application: what is different from the last one (DOMAIN.md §2.2, renewal). */
export const changesStep: StepDefinition = {
  id: 'changes',
  carriesOver: false,
  title: t('Har något ändrats?', 'Has anything changed?'),
  intro: t(
    'Berätta om något är annorlunda sedan din förra ansökan. Då kan handläggaren snabbare se vad som är nytt.',
    'Tell us if anything is different since your last application, so the caseworker quickly sees what is new.',
  ),
  fields: [
    {
      name: 'hasChanges',
      kind: 'yesno',
      label: t('Har något ändrats sedan din förra ansökan?', 'Has anything changed since your last application?'),
      help: t(
        'Till exempel att du har flyttat, fått ett jobb, fått barn eller att någon har flyttat in eller ut.',
        'For example that you have moved, got a job, had a child, or someone has moved in or out.',
      ),
    },
    {
      name: 'changedAreas',
      kind: 'checkboxes',
      label: t('Vad har ändrats?', 'What has changed?'),
      hint: t('Välj allt som stämmer.', 'Choose all that apply.'),
      visibleWhen: { field: 'hasChanges', equals: true },
      options: [
        option('housing', 'Boendet', 'Housing'),
        option(
          'household',
          'Vilka som bor i hushållet, även barnens boende',
          "Who lives in the household, including the children's living arrangements",
        ),
        option('income', 'Inkomster', 'Income'),
        option(
          'activity',
          'Arbete, studier, sjukskrivning eller annan sysselsättning',
          'Work, studies, sick leave or other activity',
        ),
        option(
          'assets',
          'Tillgångar, till exempel pengar på banken eller bil',
          'Assets, for example money in the bank or a car',
        ),
        option('other', 'Något annat', 'Something else'),
      ],
    },
    {
      name: 'changesDescription',
      kind: 'textarea',
      label: t('Beskriv vad som har ändrats', 'Describe what has changed'),
      hint: t(
        'Skriv när det ändrades, till exempel "flyttade 1 november".',
        'Write when it changed, for example "moved on 1 November".',
      ),
      visibleWhen: { field: 'hasChanges', equals: true },
    },
    {
      name: 'lastMonthCostsPaid',
      kind: 'yesno',
      label: t(
        'Har du betalat de kostnader som du fick bistånd till förra månaden?',
        'Have you paid the costs you received assistance for last month?',
      ),
      help: t(
        'Till exempel hyran och elräkningen. Handläggaren kan be dig visa kvitton på att de är betalda.',
        'For example the rent and the electricity bill. The caseworker may ask you for receipts showing they are paid.',
      ),
    },
    {
      name: 'unpaidCostsDescription',
      kind: 'textarea',
      label: t('Vilka kostnader har du inte betalat, och varför?', 'Which costs have you not paid, and why?'),
      visibleWhen: { field: 'lastMonthCostsPaid', equals: false },
    },
  ],
};
