import type { Localized } from '../common/localized.js';

/**
 * Kinds of receipts (verifikat), DOMAIN.md §2.3. An uploaded file is filed under one of these, so the
 * applicant's checklist and the caseworker's "missing receipts" view can match files to requirements.
 */
export const RECEIPT_CATEGORIES = {
  identity: { sv: 'Id-handling', en: 'Identity document' },
  bank_overview: { sv: 'Ekonomisk översikt från banken', en: 'Financial overview from the bank' },
  bank_statements: { sv: 'Kontoutdrag', en: 'Account statements' },
  tax_return: { sv: 'Inkomstdeklaration', en: 'Income tax return' },
  employment_contract: { sv: 'Anställningsavtal', en: 'Employment contract' },
  salary_slip: { sv: 'Lönespecifikation', en: 'Salary slip' },
  benefit_statement: { sv: 'Utbetalningsbesked för ersättning', en: 'Benefit payment statement' },
  benefit_application: { sv: 'Ansökan om ersättning', en: 'Benefit application' },
  income_evidence: { sv: 'Underlag för inkomst', en: 'Evidence of income' },
  housing_contract: { sv: 'Hyreskontrakt', en: 'Tenancy agreement' },
  sublet_approval: { sv: 'Godkännande av andrahandsuthyrning', en: 'Approval of sublet' },
  rent_notice: { sv: 'Hyresavi', en: 'Rent notice' },
  rent_payment: { sv: 'Kvitto på betald hyra', en: 'Receipt for paid rent' },
  housing_costs: { sv: 'Underlag för boendekostnad', en: 'Evidence of housing costs' },
  custody_agreement: {
    sv: 'Avtal eller dom om barnets boende',
    en: "Agreement or ruling on the child's living arrangements",
  },
  employment_service: { sv: 'Intyg från Arbetsförmedlingen', en: 'Certificate from the Public Employment Service' },
  activity_report: { sv: 'Aktivitetsrapport', en: 'Activity report' },
  medical_certificate: { sv: 'Läkarintyg', en: 'Medical certificate' },
  study_certificate: { sv: 'Intyg om studier', en: 'Certificate of studies' },
  cost_invoice: { sv: 'Räkning eller kvitto', en: 'Bill or receipt' },
  asset_documents: { sv: 'Underlag för tillgång', en: 'Evidence of an asset' },
  company_documents: { sv: 'Underlag för företag', en: 'Company documents' },
  previous_calculation: { sv: 'Beräkning från tidigare kommun', en: 'Calculation from previous municipality' },
  other: { sv: 'Annat underlag', en: 'Other document' },
} as const satisfies Record<string, Localized>;

export type ReceiptCategory = keyof typeof RECEIPT_CATEGORIES;

export function isReceiptCategory(value: string): value is ReceiptCategory {
  return Object.hasOwn(RECEIPT_CATEGORIES, value);
}
