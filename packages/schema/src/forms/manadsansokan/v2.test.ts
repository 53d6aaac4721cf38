import { describe, expect, it } from 'vitest';
import { visibleAnswers, visibleSteps, type FormData } from '../../common/form-definition.js';
import { validationText } from '../../common/messages.js';
import { stepOfPath, validateForm, validateStep } from '../../common/validate.js';
import { exampleMonthlyApplication } from '../examples.js';
import { manadsansokanV2 } from './v2.js';

const context = { today: new Date('2026-11-22T12:00:00+01:00') };
const household = exampleMonthlyApplication('2026-12');
const validate = (data: FormData) => validateForm(manadsansokanV2, data, context);

describe('månadsansökan v2', () => {
  it('accepts a realistic household: co-applicant, two children (one 15 days a month), three incomes, six costs', () => {
    expect(household.children).toHaveLength(2);
    expect(household.incomes).toHaveLength(3);
    expect(household.costs).toHaveLength(6);
    expect(validate(household)).toEqual([]);
  });

  it('asks every section of DOMAIN.md §2.2 in its own step', () => {
    expect(manadsansokanV2.steps.map((step) => step.id)).toEqual([
      'period',
      'changes',
      'applicant',
      'co-applicant',
      'household',
      'housing',
      'incomes',
      'assets',
      'activity',
      'stay',
      'costs',
      'payment',
      'confirm',
    ]);
  });

  it('shows the co-applicant step and activity only to married and sambo applicants', () => {
    const single = { ...household, civilStatus: 'single' };
    expect(visibleSteps(manadsansokanV2, single).map((step) => step.id)).not.toContain('co-applicant');
    expect(visibleSteps(manadsansokanV2, household).map((step) => step.id)).toContain('co-applicant');
    const kept = visibleAnswers(manadsansokanV2, single);
    expect(kept).not.toHaveProperty('coApplicant');
    expect(kept).not.toHaveProperty('coApplicantActivity');
  });

  it('asks for a list only after a yes, and for at least one row then', () => {
    expect(validate({ ...household, children: [] })).toEqual([{ path: 'children', code: 'list_empty' }]);
    expect(validate({ ...household, hasChildren: false, children: [] })).toEqual([]);
    expect(visibleAnswers(manadsansokanV2, { ...household, hasIncome: false })).not.toHaveProperty('incomes');
  });

  it('asks for the days in the home only for children who live here part of the time', () => {
    const children = household.children as FormData[];
    const fullTimeWithDays = [{ ...children[0], daysPerMonth: 3 }, children[1]];
    expect(visibleAnswers(manadsansokanV2, { ...household, children: fullTimeWithDays }).children).toEqual(children);
    const withoutDays = [children[0], { ...children[1], daysPerMonth: undefined }];
    expect(validate({ ...household, children: withoutDays })).toEqual([
      { path: 'children.1.daysPerMonth', code: 'required' },
    ]);
  });

  it('hides a follow-up whose own question is hidden, even if a stale answer says yes', () => {
    const homeless = {
      ...household,
      housingType: 'homeless',
      homelessDescription: 'Hos en vän.',
      rentsOutPart: true,
      rentalIncome: 2000,
    };
    const kept = visibleAnswers(manadsansokanV2, homeless);
    expect(kept).not.toHaveProperty('rentsOutPart');
    expect(kept).not.toHaveProperty('rentalIncome');
    expect(kept).not.toHaveProperty('rent');
  });

  it('does not let "none of these" be chosen with another activity', () => {
    const applicantActivity = { activities: ['none', 'work'], workExtent: 'part_time', hasPlannedActivities: false };
    expect(validate({ ...household, applicantActivity })).toEqual([
      { path: 'applicantActivity.activities', code: 'choice_exclusive' },
    ]);
    expect(validationText('choice_exclusive', 'sv')).toMatch(/Inget av detta/);
  });

  it('checks every row of a list by its own questions', () => {
    const incomes = [
      ...(household.incomes as FormData[]),
      { type: 'other', amount: 12.5, receivedOn: '2026-11-31', recipient: 'applicant' },
    ];
    expect(validate({ ...household, incomes })).toEqual([
      { path: 'incomes.3.description', code: 'required' },
      { path: 'incomes.3.amount', code: 'kronor_invalid' },
      { path: 'incomes.3.receivedOn', code: 'date_invalid' },
    ]);
  });

  it('rejects negative and absurd amounts with texts in both languages', () => {
    const costs = [
      { type: 'electricity', amount: -1 },
      { type: 'home_insurance', amount: 90_000 },
    ];
    expect(validate({ ...household, rent: 500_000, costs })).toEqual([
      { path: 'rent', code: 'kronor_too_large' },
      { path: 'costs.0.amount', code: 'kronor_invalid' },
      { path: 'costs.1.amount', code: 'kronor_too_large' },
    ]);
    expect(validationText('kronor_too_large', 'en')).toMatch(/unreasonably large/);
  });

  it('checks contact details and bank account numbers people type in their own way', () => {
    const issues = validate({
      ...household,
      phone: '12',
      email: 'tolvan@',
      paymentMethod: 'bank_account',
      clearingNumber: '12',
      accountNumber: '12-34',
    });
    expect(issues).toEqual([
      { path: 'phone', code: 'phone_invalid' },
      { path: 'email', code: 'email_invalid' },
      { path: 'clearingNumber', code: 'clearing_invalid' },
      { path: 'accountNumber', code: 'account_invalid' },
    ]);
    expect(
      validate({
        ...household,
        paymentMethod: 'bank_account',
        clearingNumber: '8327-9',
        accountNumber: '914 582 674-3',
      }),
    ).toEqual([]);
  });

  it('validates one step without complaining about later ones, including checks that concern it', () => {
    const started = { period: '2026-12', hasChanges: false, lastMonthCostsPaid: true, civilStatus: 'married' };
    expect(validateStep(manadsansokanV2, 'applicant', started, context)).toEqual([
      { path: 'phone', code: 'required' },
      { path: 'needsInterpreter', code: 'choose_one' },
    ]);
    expect(validateStep(manadsansokanV2, 'co-applicant', started, context)).toEqual([
      { path: 'coApplicant', code: 'co_applicant_required' },
    ]);
    expect(validateStep(manadsansokanV2, 'period', { period: '2027-03' }, context)).toEqual([
      { path: 'period', code: 'period_too_far_ahead' },
    ]);
  });

  it('names the step that asks a question, for going back to fix it', () => {
    expect(stepOfPath(manadsansokanV2, 'children.1.daysPerMonth')?.id).toBe('household');
    expect(stepOfPath(manadsansokanV2, 'coApplicantActivity.sickLeavePercent')?.id).toBe('activity');
  });

  it('requires the truthfulness declaration', () => {
    expect(validate({ ...household, declaration: false })).toEqual([
      { path: 'declaration', code: 'declaration_required' },
    ]);
  });
});
