/**
 * What a kronor field holds while the user types: a number when the text is whole kronor (spaces such
 * as "5 400" allowed), undefined when empty, and otherwise the text itself so validation can explain it.
 */
export function parseKronorInput(text: string): number | string | undefined {
  const compact = text.replace(/\s/g, '').replace(/kr$/i, '');
  if (compact === '') return undefined;
  return /^\d+$/.test(compact) ? Number(compact) : text;
}
