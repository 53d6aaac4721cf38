export { RECEIPT_CATEGORIES, isReceiptCategory, type ReceiptCategory } from './categories.js';
export { requiredReceipts, type ReceiptRequirement } from './rules.js';
