import type { FormDefinition } from '../../common/form-definition.js';
import { defineForm } from '../../common/validate.js';
import { householdChecks } from '../checks.js';
import { activityStep, stayStep } from '../sections/activity.js';
import { t } from '../sections/builders.js';
import { changesStep } from '../sections/changes.js';
import { costsStep } from '../sections/costs.js';
import { declarationStep } from '../sections/declaration.js';
import { assetsStep, incomesStep } from '../sections/economy.js';
import { housingStep } from '../sections/housing.js';
import { paymentStep } from '../sections/payment.js';
import { applicantStep, coApplicantStep, householdStep } from '../sections/people.js';
import { periodStep } from '../sections/period.js';

/** The monthly renewed application (månadsansökan), version 2: the full content of DOMAIN.md §2.2. */
export const manadsansokanV2: FormDefinition = defineForm({
  id: 'ekonomiskt-bistand-manadsansokan',
  version: 2,
  title: t('Ansökan om ekonomiskt bistånd, fortsatt ansökan', 'Application for financial assistance, renewal'),
  intro: t(
    'För dig som redan får ekonomiskt bistånd och söker för en ny månad.',
    'For you who already receive financial assistance and apply for another month.',
  ),
  steps: [
    periodStep,
    changesStep,
    applicantStep('monthly'),
    coApplicantStep('monthly'),
    householdStep,
    housingStep,
    incomesStep,
    assetsStep,
    activityStep,
    stayStep,
    costsStep,
    paymentStep('monthly'),
    declarationStep,
  ],
  checks: householdChecks,
});
