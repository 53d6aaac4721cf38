import { describe, expect, it } from 'vitest';
import { exampleMonthlyApplication, nextPeriod } from '@ebistans/schema';
import { applicationForm, receiptsPath, stepPath } from './application-form';
import { finalPagePosition, resumePath, stepPosition } from './step-navigation';

describe('step navigation in the monthly application', () => {
  it('is version 2, the current one', () => {
    expect(applicationForm.version).toBe(2);
  });

  it('skips the co-applicant step for a single person, in the count too', () => {
    const single = stepPosition(applicationForm, 'applicant', { civilStatus: 'single' });
    expect(single.next?.id).toBe('household');
    expect(stepPosition(applicationForm, 'household', { civilStatus: 'single' }).previous?.id).toBe('applicant');
    expect(stepPosition(applicationForm, 'co-applicant', { civilStatus: 'single' }).asked).toBe(false);
    expect([single.number, single.total]).toEqual([3, 14]);
  });

  it('asks the co-applicant step for a couple', () => {
    const couple = stepPosition(applicationForm, 'household', exampleMonthlyApplication(nextPeriod()));
    expect(couple.previous?.id).toBe('co-applicant');
    expect([couple.number, couple.total]).toEqual([5, 15]);
  });

  it('ends with the receipts and the review pages after the last step', () => {
    expect(stepPosition(applicationForm, 'confirm', {}).next).toBeUndefined();
    const single = { civilStatus: 'single' };
    expect(finalPagePosition(applicationForm, 'receipts', single)).toEqual({ number: 13, total: 14 });
    expect(finalPagePosition(applicationForm, 'review', single)).toEqual({ number: 14, total: 14 });
  });

  it('resumes at the first step that is not complete, or at the receipts when all are', () => {
    expect(resumePath(applicationForm, {})).toBe(stepPath('period'));
    const complete = exampleMonthlyApplication(nextPeriod());
    expect(resumePath(applicationForm, complete)).toBe(receiptsPath);
    const { rent: _rent, ...withoutRent } = complete;
    expect(resumePath(applicationForm, withoutRent)).toBe(stepPath('housing'));
  });
});
