import type { FormDefinition } from '../common/form-definition.js';
import { kompletteringV1 } from './komplettering/v1.js';
import { manadsansokanV1 } from './manadsansokan/v1.js';
import { manadsansokanV2 } from './manadsansokan/v2.js';
import { nyansokanV1 } from './nyansokan/v1.js';

/** Every form version ever published; a case keeps its form id and version forever. */
export const ALL_FORMS: readonly FormDefinition[] = [manadsansokanV1, manadsansokanV2, nyansokanV1, kompletteringV1];

export const MONTHLY_APPLICATION_FORM_ID = 'ekonomiskt-bistand-manadsansokan';
export const NEW_APPLICATION_FORM_ID = 'ekonomiskt-bistand-nyansokan';
export const SUPPLEMENT_FORM_ID = 'komplettering';

export function getForm(id: string, version: number): FormDefinition | undefined {
  return ALL_FORMS.find((form) => form.id === id && form.version === version);
}

/** The version new applications are made with. */
export function currentForm(id: string): FormDefinition | undefined {
  return ALL_FORMS.filter((form) => form.id === id).sort((a, b) => b.version - a.version)[0];
}
