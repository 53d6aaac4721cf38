/**
 * What a number field (kronor or a count) holds while the user types: a number when the text is a whole
 * number (spaces such as "5 400" and a trailing "kr" allowed), undefined when empty, and otherwise the
 * text itself so that validation can explain what is wrong with it.
 */
export function parseNumberInput(text: string): number | string | undefined {
  const compact = text.replace(/\s/g, '').replace(/kr$/i, '');
  if (compact === '') return undefined;
  return /^\d+$/.test(compact) ? Number(compact) : text;
}
