import type { FormData } from '../common/form-definition.js';

/** `YYYY-MM` shifted by whole months. */
export function shiftMonth(period: string, months: number): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month after `today`, in Sweden: what most people apply for. */
export function nextPeriod(today: Date = new Date()): string {
  const [year, month] = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
  })
    .format(today)
    .split('-');
  return shiftMonth(`${year}-${month}`, 1);
}

/**
 * A realistic monthly application (DOMAIN.md §2.2): a sambo couple, two children of whom one lives in
 * the home 15 days a month, three incomes and six costs. Used by tests, the demo data and the render
 * check; it passes every rule of `ekonomiskt-bistand-manadsansokan` version 2 for `period`.
 */
export function exampleMonthlyApplication(period: string): FormData {
  const previous = shiftMonth(period, -1);
  return {
    period,
    hasChanges: true,
    changedAreas: ['income'],
    changesDescription: 'Min sambo har fått ett extrajobb från 1 november.',
    lastMonthCostsPaid: true,
    civilStatus: 'sambo',
    phone: '070-123 45 67',
    email: 'tolvan@example.se',
    needsInterpreter: false,
    coApplicant: { name: 'Kim Tolvansson', personnummer: '19820310-2382', phone: '070-765 43 21' },
    hasChildren: true,
    children: [
      {
        name: 'Alva Tolvansson',
        personnummer: '20150601-4586',
        livingArrangement: 'full_time',
        registeredHere: true,
        school: 'Centrumskolan',
      },
      {
        name: 'Elis Tolvansson',
        personnummer: '20190214-3674',
        livingArrangement: 'alternating',
        daysPerMonth: 15,
        registeredHere: false,
      },
    ],
    hasOtherMembers: false,
    housingType: 'rental',
    contractHolder: 'both',
    landlord: 'Kommunala Bostäder AB',
    rent: 7400,
    rooms: 3,
    rentsOutPart: false,
    hasIncome: true,
    incomes: [
      { type: 'salary', amount: 4200, receivedOn: `${previous}-25`, recipient: 'co_applicant' },
      { type: 'child_allowance', amount: 2650, receivedOn: `${previous}-20`, recipient: 'applicant' },
      { type: 'housing_allowance', amount: 1800, receivedOn: `${previous}-27`, recipient: 'applicant' },
    ],
    hasPendingBenefits: false,
    hasAssets: false,
    applicantActivity: {
      activities: ['job_seeking', 'sfi'],
      registeredWithEmploymentService: true,
      jobApplications: 14,
      sfiCourse: 'C',
      hasPlannedActivities: false,
    },
    coApplicantActivity: { activities: ['work'], workExtent: 'part_time', hasPlannedActivities: false },
    staysInMunicipality: true,
    appliesForCosts: true,
    costs: [
      { type: 'electricity', amount: 640 },
      { type: 'home_insurance', amount: 189 },
      { type: 'union_fee', amount: 320 },
      { type: 'unemployment_fund_fee', amount: 160 },
      { type: 'medicine', amount: 350 },
      { type: 'childcare_fee', amount: 430 },
    ],
    paymentMethod: 'same_as_last',
    declaration: true,
  };
}

/** A first application by a single person on sick leave, in a sublet, with a car. */
export function exampleNewApplication(period: string): FormData {
  return {
    period,
    reasonForApplying: 'Jag har varit sjukskriven länge och sjukpenningen räcker inte.',
    livelihood: 'Sparpengar och sjukpenning.',
    assistanceElsewhere: false,
    civilStatus: 'single',
    phone: '0701234567',
    needsInterpreter: true,
    interpreterLanguage: 'arabiska',
    citizenship: 'Sverige',
    workedLast12Months: true,
    recentWorkDescription: 'Lagerarbetare på Nordlager AB till och med maj.',
    hasChildren: false,
    hasOtherMembers: false,
    housingType: 'sublet',
    contractHolder: 'applicant',
    subletApproved: true,
    rent: 6200,
    rentsOutPart: false,
    hasIncome: true,
    incomes: [
      { type: 'sickness_benefit', amount: 6000, receivedOn: `${shiftMonth(period, -1)}-25`, recipient: 'applicant' },
    ],
    hasPendingBenefits: true,
    pendingBenefits: [{ benefit: 'housing_allowance', appliedBy: 'applicant' }],
    hasAssets: true,
    assets: [
      { category: 'vehicle', vehicleType: 'car', description: 'Volvo V70 från 2008', value: 15000, owner: 'applicant' },
    ],
    applicantActivity: { activities: ['sick_leave'], sickLeavePercent: '100', hasPlannedActivities: false },
    staysInMunicipality: true,
    appliesForCosts: true,
    costs: [{ type: 'electricity', amount: 300 }],
    paymentMethod: 'bank_account',
    clearingNumber: '8327-9',
    accountNumber: '123 456 789',
    declaration: true,
  };
}

/** A supplement with the salary slip and the dental estimate the caseworker asked for. */
export function exampleSupplement(period: string): FormData {
  return {
    reason: 'requested',
    message: 'Här är lönespecifikationen och kostnadsförslaget från tandläkaren.',
    addsIncomes: true,
    incomes: [{ type: 'salary', amount: 1200, receivedOn: `${period}-05`, recipient: 'applicant' }],
    addsCosts: true,
    costs: [{ type: 'dental', specification: 'Lagning av en tand', amount: 1850 }],
    declaration: true,
  };
}
