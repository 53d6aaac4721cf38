import type { StepDefinition } from '../../common/form-definition.js';
import { t } from './builders.js';

export const declarationStep: StepDefinition = {
  id: 'confirm',
  carriesOver: false,
  title: t('Intyga och skicka', 'Confirm and submit'),
  intro: t(
    'Kommunen kontrollerar uppgifterna hos bland annat Försäkringskassan, Arbetsförmedlingen, CSN och Skatteverket. Du kan läsa mer om hur vi behandlar dina personuppgifter på kommunens webbplats.',
    'The municipality checks the information with, among others, Försäkringskassan, the Public Employment Service, CSN and the Tax Agency. You can read more about how we process your personal data on the municipality’s website.',
  ),
  fields: [
    {
      name: 'messageToCaseworker',
      kind: 'textarea',
      optional: true,
      label: t('Meddelande till handläggaren (frivilligt)', 'Message to your caseworker (optional)'),
    },
    {
      name: 'declaration',
      kind: 'confirm',
      label: t(
        'Jag intygar på heder och samvete att uppgifterna är sanna och fullständiga, och jag lovar att berätta om något ändras.',
        'I confirm on my honour that the information is true and complete, and I promise to report any changes.',
      ),
      help: t(
        'Felaktiga uppgifter kan leda till att du måste betala tillbaka pengar och till polisanmälan.',
        'Incorrect information can lead to you having to pay money back and to a police report.',
      ),
    },
  ],
};
