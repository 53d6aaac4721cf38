import { describe, expect, it } from 'vitest';
import { visibleSteps } from '../../common/form-definition.js';
import { validateForm } from '../../common/validate.js';
import { exampleNewApplication } from '../examples.js';
import { nyansokanV1 } from './v1.js';

const context = { today: new Date('2026-11-22T12:00:00+01:00') };
const application = exampleNewApplication('2026-12');

describe('nyansökan v1', () => {
  it('accepts a first application by a single person on sick leave in a sublet', () => {
    expect(validateForm(nyansokanV1, application, context)).toEqual([]);
  });

  it('asks why and how the person has managed, and about recent work and citizenship', () => {
    const { reasonForApplying: _r, livelihood: _l, citizenship: _c, recentWorkDescription: _w, ...rest } = application;
    expect(validateForm(nyansokanV1, rest, context)).toEqual([
      { path: 'reasonForApplying', code: 'required' },
      { path: 'livelihood', code: 'required' },
      { path: 'citizenship', code: 'required' },
      { path: 'recentWorkDescription', code: 'required' },
    ]);
  });

  it('asks which municipality only when assistance was received elsewhere', () => {
    expect(validateForm(nyansokanV1, { ...application, assistanceElsewhere: true }, context)).toEqual([
      { path: 'previousMunicipality', code: 'required' },
    ]);
  });

  it('has no "changes since last time" step and no "same account as last time" choice', () => {
    expect(visibleSteps(nyansokanV1, application).map((step) => step.id)).not.toContain('changes');
    expect(validateForm(nyansokanV1, { ...application, paymentMethod: 'same_as_last' }, context)).toEqual([
      { path: 'paymentMethod', code: 'choose_one' },
    ]);
  });

  it('runs the household checks too', () => {
    expect(validateForm(nyansokanV1, exampleNewApplication('2027-02'), context)).toEqual([
      { path: 'period', code: 'period_too_far_ahead' },
    ]);
  });
});
