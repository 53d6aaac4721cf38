import type { FormDefinition } from '../../common/form-definition.js';
import { defineForm } from '../../common/validate.js';

/**
 * The monthly renewed application (månadsansökan), version 1: the short first cut that carried the
 * walking skeleton. Superseded by version 2 and kept so that cases submitted with it can always be read.
 */
export const manadsansokanV1: FormDefinition = defineForm({
  id: 'ekonomiskt-bistand-manadsansokan',
  version: 1,
  title: { sv: 'Ansökan om ekonomiskt bistånd', en: 'Application for financial assistance' },
  steps: [
    {
      id: 'period',
      title: { sv: 'Period och hushåll', en: 'Period and household' },
      intro: {
        sv: 'Ange vilken månad du söker för och hur du bor.',
        en: 'Tell us which month you are applying for and how you live.',
      },
      fields: [
        {
          name: 'period',
          kind: 'month',
          label: { sv: 'Vilken månad söker du för?', en: 'Which month are you applying for?' },
          hint: { sv: 'Oftast nästa månad.', en: 'Usually next month.' },
        },
        {
          name: 'civilStatus',
          kind: 'radio',
          label: { sv: 'Civilstånd', en: 'Civil status' },
          help: {
            sv: 'Om du är gift eller sambo prövas ni tillsammans och din make, maka eller sambo är medsökande.',
            en: 'If you are married or cohabiting, you are assessed together and your partner is co-applicant.',
          },
          options: [
            { value: 'single', label: { sv: 'Ensamstående', en: 'Single' } },
            { value: 'sambo', label: { sv: 'Sambo', en: 'Cohabiting' } },
            { value: 'married', label: { sv: 'Gift eller registrerad partner', en: 'Married or registered partner' } },
          ],
        },
      ],
    },
    {
      id: 'economy',
      title: { sv: 'Boende och inkomster', en: 'Housing and income' },
      fields: [
        {
          name: 'rent',
          kind: 'kronor',
          max: 100_000,
          label: { sv: 'Hyra per månad', en: 'Rent per month' },
          hint: {
            sv: 'I hela kronor. Skriv 0 om du inte har någon hyra.',
            en: 'In whole kronor. Write 0 if you pay no rent.',
          },
        },
        {
          name: 'hasIncome',
          kind: 'yesno',
          label: {
            sv: 'Har du eller ditt hushåll inkomster den här månaden?',
            en: 'Does your household have income this month?',
          },
          help: {
            sv: 'Till exempel lön, sjukpenning, a-kassa eller bostadsbidrag.',
            en: 'For example salary, sickness benefit, unemployment benefit or housing allowance.',
          },
        },
        {
          name: 'incomeAmount',
          kind: 'kronor',
          label: { sv: 'Inkomster efter skatt, totalt', en: 'Income after tax, in total' },
          visibleWhen: { field: 'hasIncome', equals: true },
        },
      ],
    },
    {
      id: 'confirm',
      title: { sv: 'Intyga och skicka', en: 'Confirm and submit' },
      fields: [
        {
          name: 'messageToCaseworker',
          kind: 'textarea',
          optional: true,
          label: { sv: 'Meddelande till handläggaren (frivilligt)', en: 'Message to your caseworker (optional)' },
        },
        {
          name: 'declaration',
          kind: 'confirm',
          label: {
            sv: 'Jag intygar på heder och samvete att uppgifterna är sanna och fullständiga.',
            en: 'I confirm on my honour that the information is true and complete.',
          },
          help: {
            sv: 'Felaktiga uppgifter kan leda till återkrav och polisanmälan.',
            en: 'Incorrect information can lead to repayment claims and a police report.',
          },
        },
      ],
    },
  ],
});
