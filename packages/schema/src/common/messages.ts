import type { Language, Localized } from './localized.js';

/**
 * Validation messages, keyed by a stable code. Zod issues carry the code as their message,
 * so the API can return it in problem+json and each SPA shows the text in the user's language.
 */
export const validationMessages = {
  required: { sv: 'Fyll i det här fältet.', en: 'Fill in this field.' },
  choose_one: { sv: 'Välj ett av alternativen.', en: 'Choose one of the options.' },
  personnummer_invalid: {
    sv: 'Ange ett giltigt personnummer med 12 siffror, till exempel 19900101-1234.',
    en: 'Enter a valid personal identity number with 12 digits, for example 19900101-1234.',
  },
  personnummer_interim: {
    sv: 'Ett interimsnummer (med en bokstav) kan inte användas här. Ange personnummer eller samordningsnummer.',
    en: 'An interim number (with a letter) cannot be used here. Enter a personal identity or coordination number.',
  },
  period_invalid: { sv: 'Välj vilken månad du söker för.', en: 'Choose the month you are applying for.' },
  kronor_invalid: {
    sv: 'Ange ett belopp i hela kronor, utan ören.',
    en: 'Enter an amount in whole kronor, without öre.',
  },
  kronor_too_large: {
    sv: 'Beloppet är orimligt stort. Kontrollera det.',
    en: 'The amount is unreasonably large. Please check it.',
  },
  text_too_long: { sv: 'Texten är för lång.', en: 'The text is too long.' },
  declaration_required: {
    sv: 'Du måste intyga att uppgifterna är sanna för att kunna skicka ansökan.',
    en: 'You must confirm that the information is true to submit the application.',
  },
} as const satisfies Record<string, Localized>;

export type ValidationCode = keyof typeof validationMessages;

export function isValidationCode(code: string): code is ValidationCode {
  return Object.hasOwn(validationMessages, code);
}

/** The text for a zod issue message; unknown codes fall back to a generic text, never to the raw code. */
export function validationText(code: string, language: Language): string {
  return isValidationCode(code) ? validationMessages[code][language] : validationMessages.required[language];
}
