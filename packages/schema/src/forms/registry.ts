import type { FormDefinition } from '../common/form-definition.js';
import { manadsansokanV1 } from './manadsansokan/index.js';

/** Every form version ever published; a case keeps its form id and version forever. */
const allForms: FormDefinition[] = [manadsansokanV1];

export function getForm(id: string, version: number): FormDefinition | undefined {
  return allForms.find((form) => form.id === id && form.version === version);
}

/** The version new applications are made with. */
export function currentForm(id: string): FormDefinition | undefined {
  return allForms.filter((form) => form.id === id).sort((a, b) => b.version - a.version)[0];
}

export const MONTHLY_APPLICATION_FORM_ID = manadsansokanV1.id;
