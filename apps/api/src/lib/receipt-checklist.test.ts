import type { ReceiptRequirement } from '@ebistans/schema';
import { describe, expect, it } from 'vitest';
import { buildChecklist } from './receipt-checklist.js';

const requirement = (id: string, category: ReceiptRequirement['category']): ReceiptRequirement => ({
  id,
  category,
  label: { sv: id, en: id },
  reason: { sv: '', en: '' },
});

const requirements = [
  requirement('rent_notice', 'rent_notice'),
  requirement('cost_invoice:costs.0', 'cost_invoice'),
  requirement('cost_invoice:costs.1', 'cost_invoice'),
  requirement('salary_slip:applicant', 'salary_slip'),
];

const file = (id: string, category: string, requirementId: string | null = null) => ({ id, category, requirementId });

const statuses = (checklist: ReturnType<typeof buildChecklist>) =>
  Object.fromEntries(checklist.items.map((item) => [item.id, item.status]));

describe('the receipt checklist', () => {
  it('is all missing without files or marks', () => {
    const checklist = buildChecklist(requirements, [], new Set());
    expect(Object.values(statuses(checklist))).toEqual(['missing', 'missing', 'missing', 'missing']);
    expect(checklist.unmatched).toEqual([]);
  });

  it('matches a file by its requirement id before its category', () => {
    const checklist = buildChecklist(
      requirements,
      [file('a', 'cost_invoice', 'cost_invoice:costs.1'), file('b', 'cost_invoice')],
      new Set(),
    );
    expect(checklist.items[1]?.attachments.map((f) => f.id)).toEqual(['b']);
    expect(checklist.items[2]?.attachments.map((f) => f.id)).toEqual(['a']);
  });

  it('lets one file without a requirement count for one requirement of its category only', () => {
    const checklist = buildChecklist(requirements, [file('a', 'cost_invoice')], new Set());
    expect(statuses(checklist)).toMatchObject({
      'cost_invoice:costs.0': 'attached',
      'cost_invoice:costs.1': 'missing',
    });
  });

  it('treats a file for a requirement that no longer exists like one without a requirement', () => {
    const checklist = buildChecklist(requirements, [file('a', 'cost_invoice', 'cost_invoice:costs.7')], new Set());
    expect(statuses(checklist)['cost_invoice:costs.0']).toBe('attached');
  });

  it('shows send-later marks unless a file is attached, and lists files that count for nothing', () => {
    const checklist = buildChecklist(
      requirements,
      [file('a', 'rent_notice', 'rent_notice'), file('b', 'rent_notice'), file('c', 'other')],
      new Set(['rent_notice', 'salary_slip:applicant']),
    );
    expect(statuses(checklist)).toMatchObject({ rent_notice: 'attached', 'salary_slip:applicant': 'send_later' });
    expect(checklist.items[0]?.sendLater).toBe(true);
    expect(checklist.unmatched.map((f) => f.id)).toEqual(['b', 'c']);
  });
});
