import { describe, expect, it } from 'vitest';
import { validateForm } from '../../common/validate.js';
import { exampleSupplement } from '../examples.js';
import { kompletteringV1 } from './v1.js';

const supplement = exampleSupplement('2026-12');

describe('komplettering v1', () => {
  it('accepts a supplement with a message, an income and a cost', () => {
    expect(validateForm(kompletteringV1, supplement)).toEqual([]);
  });

  it('needs only the reason, the message and the declaration', () => {
    expect(
      validateForm(kompletteringV1, {
        reason: 'own_initiative',
        message: 'Jag har fått ett nytt jobb.',
        addsIncomes: false,
        addsCosts: false,
        declaration: true,
      }),
    ).toEqual([]);
    expect(validateForm(kompletteringV1, {})).toEqual([
      { path: 'reason', code: 'choose_one' },
      { path: 'message', code: 'required' },
      { path: 'addsIncomes', code: 'choose_one' },
      { path: 'addsCosts', code: 'choose_one' },
      { path: 'declaration', code: 'declaration_required' },
    ]);
  });

  it('checks the added rows like the application does', () => {
    const costs = [...(supplement.costs as object[]), { type: 'dental', specification: 'Till', amount: 100 }];
    expect(validateForm(kompletteringV1, { ...supplement, costs })).toEqual([
      { path: 'costs.1.type', code: 'cost_duplicate' },
    ]);
  });
});
