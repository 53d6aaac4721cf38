import { describe, expect, it } from 'vitest';
import { visibleAnswers } from '../../common/form-definition.js';
import { validateForm, validateStep } from '../../common/validate.js';
import { validationText } from '../../common/messages.js';
import { currentForm, getForm } from '../registry.js';
import { manadsansokanV1 } from './v1.js';

const valid = {
  period: '2026-12',
  civilStatus: 'single',
  rent: 5400,
  hasIncome: true,
  incomeAmount: 6000,
  declaration: true,
};

describe('månadsansökan v1', () => {
  it('accepts a complete application', () => {
    expect(validateForm(manadsansokanV1, valid)).toEqual([]);
  });

  it('asks for the income amount only when the household has income', () => {
    const { incomeAmount: _omitted, ...withoutAmount } = valid;
    expect(validateForm(manadsansokanV1, withoutAmount)).toEqual([{ path: 'incomeAmount', code: 'required' }]);
    expect(validateForm(manadsansokanV1, { ...withoutAmount, hasIncome: false })).toEqual([]);
  });

  it('rejects öre, negative and absurd amounts with codes that have texts in both languages', () => {
    const issues = validateForm(manadsansokanV1, { ...valid, rent: 5400.5, incomeAmount: 5_000_000 });
    expect(issues).toEqual([
      { path: 'rent', code: 'kronor_invalid' },
      { path: 'incomeAmount', code: 'kronor_too_large' },
    ]);
    expect(validationText('kronor_invalid', 'sv')).toMatch(/hela kronor/);
    expect(validationText('kronor_invalid', 'en')).toMatch(/whole kronor/);
  });

  it('requires the truthfulness declaration', () => {
    expect(validateForm(manadsansokanV1, { ...valid, declaration: false })).toEqual([
      { path: 'declaration', code: 'declaration_required' },
    ]);
  });

  it('validates one step without complaining about later steps', () => {
    expect(validateStep(manadsansokanV1, 'period', { period: '2026-12', civilStatus: 'sambo' })).toEqual([]);
    expect(validateStep(manadsansokanV1, 'period', { period: '2026-13' })).toEqual([
      { path: 'period', code: 'period_invalid' },
      { path: 'civilStatus', code: 'choose_one' },
    ]);
  });

  it('asks for the income amount on its step even before the other steps are filled', () => {
    expect(validateStep(manadsansokanV1, 'economy', { rent: 5000, hasIncome: true })).toEqual([
      { path: 'incomeAmount', code: 'required' },
    ]);
  });

  it('drops answers to hidden follow-up questions', () => {
    expect(visibleAnswers(manadsansokanV1, { ...valid, hasIncome: false })).not.toHaveProperty('incomeAmount');
  });

  it('stays in the registry by id and version after version 2 replaced it', () => {
    expect(getForm('ekonomiskt-bistand-manadsansokan', 1)).toBe(manadsansokanV1);
    expect(currentForm('ekonomiskt-bistand-manadsansokan')?.version).toBe(2);
    expect(getForm('ekonomiskt-bistand-manadsansokan', 99)).toBeUndefined();
  });
});
