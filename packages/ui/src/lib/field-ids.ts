/**
 * Ids shared by a field and everything that points at it: the error summary links to `field-<name>`,
 * which is the input itself (or a group's first option) so that following the link lands in the field.
 */
export function fieldIds(name: string) {
  const id = `field-${name}`;
  return { id, hint: `${id}-hint`, error: `${id}-error` };
}

interface DescribingParts {
  hint?: string | undefined;
  error?: string | undefined;
}

/** The aria-describedby value for a field's hint and error, or undefined when it has neither. */
export function describedBy(name: string, parts: DescribingParts) {
  const ids = fieldIds(name);
  const list = [parts.hint ? ids.hint : undefined, parts.error ? ids.error : undefined].filter(Boolean);
  return list.length > 0 ? list.join(' ') : undefined;
}

/** The attributes that tie a single control to its label, hint and error. */
export function controlProps(name: string, parts: DescribingParts) {
  return {
    id: fieldIds(name).id,
    name,
    'aria-describedby': describedBy(name, parts),
    'aria-invalid': parts.error ? true : undefined,
  };
}
