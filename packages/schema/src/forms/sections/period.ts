import type { StepDefinition } from '../../common/form-definition.js';
import { t } from './builders.js';

export const periodStep: StepDefinition = {
  id: 'period',
  carriesOver: false,
  title: t('Vilken månad söker du för?', 'Which month are you applying for?'),
  intro: t(
    'Du söker för en månad i taget. Skicka ansökan i god tid före månadens början.',
    'You apply for one month at a time. Send the application in good time before the month starts.',
  ),
  fields: [
    {
      name: 'period',
      kind: 'month',
      label: t('Månad', 'Month'),
      hint: t(
        'Oftast nästa månad. Du kan inte söka längre fram än så.',
        'Usually next month. You cannot apply further ahead.',
      ),
    },
  ],
};
