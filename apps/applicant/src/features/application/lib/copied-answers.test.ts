import { describe, expect, it } from 'vitest';
import { applicationForm } from './application-form';
import { copiedSteps } from './copied-answers';

describe('the copied answers, as the person reads them', () => {
  it('lists each step with the questions copied, in the order of the form, and leaves out steps without any', () => {
    const steps = copiedSteps(applicationForm, ['rent', 'civilStatus', 'housingType', 'phone'], 'sv');
    expect(steps).toEqual([
      { stepId: 'applicant', title: 'Om dig', questions: ['Civilstånd', 'Telefonnummer'] },
      {
        stepId: 'housing',
        title: 'Ditt boende',
        questions: ['Hur bor du?', 'Hyra eller boendekostnad per månad'],
      },
    ]);
  });

  it('lists nothing when nothing was copied', () => {
    expect(copiedSteps(applicationForm, [], 'sv')).toEqual([]);
  });
});
