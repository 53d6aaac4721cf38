import { describe, expect, it } from 'vitest';
import { exampleMonthlyApplication, nextPeriod } from '@ebistans/schema';
import { applicationForm } from './application-form';
import { stepPosition } from './step-navigation';

describe('step navigation in the monthly application', () => {
  it('is version 2, the current one', () => {
    expect(applicationForm.version).toBe(2);
  });

  it('skips the co-applicant step for a single person, in the count too', () => {
    const single = stepPosition(applicationForm, 'applicant', { civilStatus: 'single' });
    expect(single.next?.id).toBe('household');
    expect(stepPosition(applicationForm, 'household', { civilStatus: 'single' }).previous?.id).toBe('applicant');
    expect(stepPosition(applicationForm, 'co-applicant', { civilStatus: 'single' }).asked).toBe(false);
    expect([single.number, single.total]).toEqual([3, 13]);
  });

  it('asks the co-applicant step for a couple', () => {
    const couple = stepPosition(applicationForm, 'household', exampleMonthlyApplication(nextPeriod()));
    expect(couple.previous?.id).toBe('co-applicant');
    expect([couple.number, couple.total]).toEqual([5, 14]);
  });

  it('ends with the review page after the last step', () => {
    expect(stepPosition(applicationForm, 'confirm', {}).next).toBeUndefined();
  });
});
