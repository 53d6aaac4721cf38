/**
 * Ids shared by a field and everything that points at it: the error summary links to `field-<name>`,
 * which is the input itself (or a group's first option) so that following the link lands in the field.
 */
export function fieldIds(name: string) {
  const id = `field-${name}`;
  return { id, hint: `${id}-hint`, error: `${id}-error` };
}

/** The aria-describedby value for a field's hint and error, or undefined when it has neither. */
export function describedBy(name: string, parts: { hint?: string | undefined; error?: string | undefined }) {
  const ids = fieldIds(name);
  const list = [parts.hint ? ids.hint : undefined, parts.error ? ids.error : undefined].filter(Boolean);
  return list.length > 0 ? list.join(' ') : undefined;
}
