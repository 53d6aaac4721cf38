import type { FormDefinition } from '../../common/form-definition.js';
import { defineForm } from '../../common/validate.js';
import { costTypesOnce } from '../checks.js';
import { gatedList, option, t } from '../sections/builders.js';
import { costRowFields } from '../sections/costs.js';
import { incomeRowFields } from '../sections/economy.js';

/**
 * A supplement (komplettering) to a case already submitted: a message, any incomes and costs to add, and
 * the receipts that go with them. It belongs to the case; it does not repeat the application.
 */
export const kompletteringV1: FormDefinition = defineForm({
  id: 'komplettering',
  version: 1,
  title: t('Komplettering till din ansökan', 'Supplement to your application'),
  steps: [
    {
      id: 'supplement',
      title: t('Vad vill du komplettera med?', 'What do you want to add?'),
      intro: t(
        'Du kan skicka ett meddelande, lägga till inkomster och kostnader och bifoga kvitton och andra underlag.',
        'You can send a message, add incomes and costs, and attach receipts and other documents.',
      ),
      fields: [
        {
          name: 'reason',
          kind: 'radio',
          label: t('Varför kompletterar du?', 'Why are you sending a supplement?'),
          options: [
            option('requested', 'Handläggaren har bett om det', 'The caseworker asked for it'),
            option(
              'own_initiative',
              'Något har ändrats eller saknades i ansökan',
              'Something has changed or was missing',
            ),
          ],
        },
        {
          name: 'message',
          kind: 'textarea',
          label: t('Meddelande till handläggaren', 'Message to the caseworker'),
          hint: t('Skriv vad du skickar och vad det gäller.', 'Write what you are sending and what it is about.'),
        },
        ...gatedList(
          {
            name: 'addsIncomes',
            kind: 'yesno',
            label: t('Vill du lägga till inkomster?', 'Do you want to add incomes?'),
          },
          {
            name: 'incomes',
            label: t('Inkomster', 'Incomes'),
            itemLabel: t('Inkomst {n}', 'Income {n}'),
            addLabel: t('Lägg till en inkomst', 'Add an income'),
            max: 30,
            fields: incomeRowFields,
          },
        ),
        ...gatedList(
          {
            name: 'addsCosts',
            kind: 'yesno',
            label: t('Vill du söka för fler kostnader?', 'Do you want to apply for more costs?'),
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
      ],
    },
    {
      id: 'confirm',
      title: t('Intyga och skicka', 'Confirm and submit'),
      fields: [
        {
          name: 'declaration',
          kind: 'confirm',
          label: t(
            'Jag intygar på heder och samvete att uppgifterna är sanna och fullständiga.',
            'I confirm on my honour that the information is true and complete.',
          ),
        },
      ],
    },
  ],
  checks: [costTypesOnce],
});
