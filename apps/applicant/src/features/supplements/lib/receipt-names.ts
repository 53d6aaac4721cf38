import { RECEIPT_CATEGORIES, isReceiptCategory, type Language } from '@ebistans/schema';

/** The receipt kinds a caseworker asked for, in words; a kind this version does not know reads "Annat underlag". */
export function receiptNames(categories: readonly string[], language: Language): string[] {
  return categories.map((category) => RECEIPT_CATEGORIES[isReceiptCategory(category) ? category : 'other'][language]);
}
