import { describe, expect, it } from 'vitest';
import { decisionOf } from './decision';

describe('the decision on a case', () => {
  it('is absent when the case has none, or one of a shape this version does not know', () => {
    expect(decisionOf({ id: 'x' })).toBeUndefined();
    expect(decisionOf({ decision: null })).toBeUndefined();
    expect(decisionOf({ decision: { outcome: 'maybe' } })).toBeUndefined();
  });

  it('is read with its amount, date and reasons when they are given', () => {
    expect(
      decisionOf({
        decision: {
          outcome: 'partly_granted',
          amount: 4200,
          text: 'Hyran är högre än skälig nivå.',
          decidedAt: '2026-12-02T10:00:00Z',
        },
      }),
    ).toEqual({
      outcome: 'partly_granted',
      amount: 4200,
      text: 'Hyran är högre än skälig nivå.',
      decidedAt: '2026-12-02T10:00:00Z',
    });
    expect(decisionOf({ decision: { outcome: 'rejected', amount: '0', text: ' ' } })).toEqual({
      outcome: 'rejected',
      amount: undefined,
      text: undefined,
      decidedAt: undefined,
    });
  });
});
