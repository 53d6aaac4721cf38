/** Every user-facing text exists in Swedish (the official language of the service) and English. */
export interface Localized {
  sv: string;
  en: string;
}

export type Language = keyof Localized;
