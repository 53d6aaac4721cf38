/**
 * Ids shared by a field and everything that points at it: the error summary links to `field-<path>`,
 * which is the input itself (or a group's first option, or a fieldset) so that following the link lands
 * in the field. Paths are dotted (`children.1.name`), so every row of a list has ids of its own.
 */
export function fieldIds(path: string) {
  const id = `field-${path}`;
  return { id, hint: `${id}-hint`, error: `${id}-error`, unit: `${id}-unit` };
}

interface DescribingParts {
  hint?: string | undefined;
  error?: string | undefined;
  unit?: string | undefined;
}

/** The aria-describedby value for a field's hint, unit and error, or undefined when it has none. */
export function describedBy(path: string, parts: DescribingParts) {
  const ids = fieldIds(path);
  const list = [
    parts.hint ? ids.hint : undefined,
    parts.unit ? ids.unit : undefined,
    parts.error ? ids.error : undefined,
  ].filter(Boolean);
  return list.length > 0 ? list.join(' ') : undefined;
}

/** The attributes that tie a single control to its label, hint and error. */
export function controlProps(path: string, parts: DescribingParts) {
  return {
    id: fieldIds(path).id,
    name: path,
    'aria-describedby': describedBy(path, parts),
    'aria-invalid': parts.error ? true : undefined,
  };
}
