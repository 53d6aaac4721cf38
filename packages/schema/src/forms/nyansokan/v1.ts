import type { FormDefinition, StepDefinition } from '../../common/form-definition.js';
import { defineForm } from '../../common/validate.js';
import { householdChecks } from '../checks.js';
import { activityStep, stayStep } from '../sections/activity.js';
import { t } from '../sections/builders.js';
import { costsStep } from '../sections/costs.js';
import { declarationStep } from '../sections/declaration.js';
import { assetsStep, incomesStep } from '../sections/economy.js';
import { housingStep } from '../sections/housing.js';
import { paymentStep } from '../sections/payment.js';
import { applicantStep, coApplicantStep, householdStep } from '../sections/people.js';
import { periodStep } from '../sections/period.js';

/** What a first application asks besides the monthly questions: why now, and how you managed until now. */
const situationStep: StepDefinition = {
  id: 'situation',
  title: t('Din situation', 'Your situation'),
  intro: t(
    'Berätta kort varför du söker och hur du har klarat dig hittills. Det hjälper handläggaren att förstå din situation.',
    'Tell us briefly why you apply and how you have managed so far. It helps the caseworker understand your situation.',
  ),
  fields: [
    {
      name: 'reasonForApplying',
      kind: 'textarea',
      label: t('Varför söker du ekonomiskt bistånd?', 'Why do you apply for financial assistance?'),
      hint: t(
        'Till exempel att du har blivit arbetslös eller sjuk.',
        'For example that you have become unemployed or ill.',
      ),
    },
    {
      name: 'livelihood',
      kind: 'textarea',
      label: t('Hur har du försörjt dig hittills?', 'How have you supported yourself until now?'),
    },
    {
      name: 'assistanceElsewhere',
      kind: 'yesno',
      label: t(
        'Har du fått ekonomiskt bistånd i en annan kommun de senaste tre månaderna?',
        'Have you received financial assistance in another municipality in the last three months?',
      ),
    },
    {
      name: 'previousMunicipality',
      kind: 'text',
      label: t('Vilken kommun?', 'Which municipality?'),
      visibleWhen: { field: 'assistanceElsewhere', equals: true },
    },
  ],
};

/** The first application (nyansökan), version 1: the monthly questions plus the person's background. */
export const nyansokanV1: FormDefinition = defineForm({
  id: 'ekonomiskt-bistand-nyansokan',
  version: 1,
  title: t('Ansökan om ekonomiskt bistånd, första ansökan', 'Application for financial assistance, first application'),
  intro: t(
    'För dig som söker för första gången, eller inte har sökt på mer än två månader.',
    'For you who apply for the first time, or have not applied for more than two months.',
  ),
  steps: [
    periodStep,
    situationStep,
    applicantStep('new'),
    coApplicantStep('new'),
    householdStep,
    housingStep,
    incomesStep,
    assetsStep,
    activityStep,
    stayStep,
    costsStep,
    paymentStep('new'),
    declarationStep,
  ],
  checks: householdChecks,
});
