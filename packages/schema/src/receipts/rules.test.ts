import { describe, expect, it } from 'vitest';
import type { FormData } from '../common/form-definition.js';
import { exampleMonthlyApplication, exampleNewApplication, exampleSupplement } from '../forms/examples.js';
import { kompletteringV1 } from '../forms/komplettering/v1.js';
import { manadsansokanV2 } from '../forms/manadsansokan/v2.js';
import { nyansokanV1 } from '../forms/nyansokan/v1.js';
import { RECEIPT_CATEGORIES } from './categories.js';
import { requiredReceipts } from './rules.js';

const monthly = exampleMonthlyApplication('2026-12');
const first = exampleNewApplication('2026-12');
const ids = (receipts: { id: string }[]) => receipts.map((receipt) => receipt.id);
const monthlyIds = (data: FormData) => ids(requiredReceipts(manadsansokanV2, data));

describe('receipts for the monthly application', () => {
  it('lists what the realistic household must attach, one row per cost and per salaried person', () => {
    expect(monthlyIds(monthly)).toEqual([
      'bank_statements:applicant',
      'bank_statements:co_applicant',
      'salary_slip:co_applicant',
      'benefit_statement:incomes.2',
      'rent_notice',
      'rent_payment',
      'activity_report:applicant',
      'study_certificate:applicant',
      'cost_invoice:costs.0',
      'cost_invoice:costs.1',
      'cost_invoice:costs.2',
      'cost_invoice:costs.3',
      'cost_invoice:costs.4',
      'cost_invoice:costs.5',
    ]);
  });

  it('gives every receipt a known category and a checklist text in both languages', () => {
    for (const receipt of [...requiredReceipts(manadsansokanV2, monthly), ...requiredReceipts(nyansokanV1, first)]) {
      expect(Object.keys(RECEIPT_CATEGORIES)).toContain(receipt.category);
      expect(receipt.label.sv).not.toBe('');
      expect(receipt.label.en).not.toBe('');
      expect(receipt.reason.sv).not.toBe('');
    }
  });

  it('names the cost in the invoice row and whose salary slip it is', () => {
    const receipts = requiredReceipts(manadsansokanV2, monthly);
    expect(receipts.find((receipt) => receipt.id === 'cost_invoice:costs.0')?.label.sv).toBe(
      'Räkning eller kvitto: Hushållsel',
    );
    expect(receipts.find((receipt) => receipt.id === 'salary_slip:co_applicant')?.label.sv).toBe(
      'Din medsökande: Den senaste lönespecifikationen',
    );
  });

  it('asks for one salary slip per person however many salary rows', () => {
    const incomes = [
      { type: 'salary', amount: 1000, receivedOn: '2026-11-10', recipient: 'applicant' },
      { type: 'salary', amount: 2000, receivedOn: '2026-11-25', recipient: 'applicant' },
    ];
    expect(monthlyIds({ ...monthly, incomes }).filter((id) => id.startsWith('salary_slip'))).toEqual([
      'salary_slip:applicant',
    ]);
  });

  it('asks for evidence of transfers and other money, not a payment statement; none for child allowance', () => {
    const incomes = [
      {
        type: 'transfers',
        description: 'Swish från min bror',
        amount: 500,
        receivedOn: '2026-11-10',
        recipient: 'applicant',
      },
      { type: 'child_allowance', amount: 1250, receivedOn: '2026-11-20', recipient: 'applicant' },
    ];
    const receipts = requiredReceipts(manadsansokanV2, { ...monthly, incomes });
    expect(ids(receipts).filter((id) => id.includes('incomes'))).toEqual(['income_evidence:incomes.0']);
  });

  it('asks for a medical certificate for sick leave, per adult', () => {
    const sick = { activities: ['sick_leave'], sickLeavePercent: '50', hasPlannedActivities: false };
    expect(monthlyIds({ ...monthly, coApplicantActivity: sick })).toContain('medical_certificate:co_applicant');
  });

  it('asks for the sublet approval when there is one, and evidence of rent received', () => {
    const sublet = { ...monthly, housingType: 'sublet', subletApproved: true, rentsOutPart: true, rentalIncome: 1500 };
    expect(monthlyIds(sublet)).toEqual(expect.arrayContaining(['sublet_approval', 'income_evidence:rentalIncome']));
    expect(monthlyIds({ ...sublet, subletApproved: false })).not.toContain('sublet_approval');
  });

  it('asks for running-cost notices instead of a rent notice for an owned home, and nothing without a home', () => {
    expect(monthlyIds({ ...monthly, housingType: 'condominium' })).toEqual(expect.arrayContaining(['housing_costs']));
    expect(monthlyIds({ ...monthly, housingType: 'condominium' })).not.toContain('rent_notice');
    const homeless = monthlyIds({ ...monthly, housingType: 'homeless', homelessDescription: 'Hos en vän.' });
    expect(homeless.filter((id) => id.startsWith('rent') || id.startsWith('housing'))).toEqual([]);
  });

  it('asks for a dental cost estimate, and documents for a vehicle, property and company', () => {
    const data = {
      ...monthly,
      costs: [{ type: 'dental', specification: 'Lagning', amount: 900 }],
      hasAssets: true,
      assets: [
        { category: 'vehicle', vehicleType: 'car', description: 'Bil', value: 10000, owner: 'applicant' },
        { category: 'bank', description: 'Sparkonto', value: 3000, owner: 'applicant' },
        { category: 'property', propertyType: 'holiday_home', description: 'Stuga', value: 300000, owner: 'applicant' },
        {
          category: 'company',
          companyName: 'Tolvans Städ',
          description: 'Enskild firma',
          value: 0,
          owner: 'applicant',
        },
      ],
    };
    const receipts = requiredReceipts(manadsansokanV2, data);
    expect(receipts.find((receipt) => receipt.path === 'costs.0')?.label.sv).toMatch(/Kostnadsförslag/);
    expect(ids(receipts).filter((id) => id.includes('assets'))).toEqual([
      'asset_documents:assets.0',
      'asset_documents:assets.2',
      'company_documents:assets.3',
    ]);
  });

  it('does not ask for what hidden answers would have called for', () => {
    const sick = { activities: ['sick_leave'], sickLeavePercent: '100', hasPlannedActivities: false };
    const withCoApplicant = { ...monthly, coApplicantActivity: sick, hasIncome: false };
    expect(monthlyIds(withCoApplicant)).toContain('medical_certificate:co_applicant');
    expect(monthlyIds(withCoApplicant).filter((id) => id.includes('incomes'))).toEqual([]);
    const single = monthlyIds({ ...withCoApplicant, civilStatus: 'single' });
    expect(single.filter((id) => id.includes('co_applicant'))).toEqual([]);
  });
});

describe('receipts for the first application', () => {
  it('asks for identity, tax return, bank overview and three months of history', () => {
    const receipts = requiredReceipts(nyansokanV1, first);
    expect(ids(receipts)).toEqual([
      'identity:applicant',
      'tax_return:applicant',
      'bank_overview',
      'bank_statements:applicant',
      'benefit_statement:incomes.0',
      'benefit_application:pendingBenefits.0',
      'rent_notice',
      'housing_contract',
      'sublet_approval',
      'medical_certificate:applicant',
      'asset_documents:assets.0',
      'cost_invoice:costs.0',
    ]);
    expect(receipts.find((receipt) => receipt.id === 'bank_statements:applicant')?.label.sv).toMatch(/tre månader/);
  });

  it('asks for the custody agreement, the former municipality calculation, and AF papers when they apply', () => {
    const data = {
      ...first,
      assistanceElsewhere: true,
      previousMunicipality: 'Sundsvall',
      hasChildren: true,
      children: [
        {
          name: 'Elis',
          personnummer: '20190214-3674',
          livingArrangement: 'visiting',
          daysPerMonth: 4,
          registeredHere: false,
        },
      ],
      applicantActivity: {
        activities: ['job_seeking'],
        registeredWithEmploymentService: true,
        jobApplications: 8,
        hasPlannedActivities: false,
      },
      incomes: [{ type: 'salary', amount: 3000, receivedOn: '2026-11-25', recipient: 'applicant' }],
    };
    expect(ids(requiredReceipts(nyansokanV1, data))).toEqual(
      expect.arrayContaining([
        'custody_agreement',
        'previous_calculation',
        'employment_service:applicant',
        'activity_report:applicant',
        'salary_slip:applicant',
        'employment_contract:applicant',
      ]),
    );
  });
});

describe('receipts for a supplement', () => {
  it('asks only for what the added rows call for', () => {
    expect(ids(requiredReceipts(kompletteringV1, exampleSupplement('2026-12')))).toEqual([
      'salary_slip:applicant',
      'cost_invoice:costs.0',
    ]);
  });
});
