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
  number_invalid: { sv: 'Ange ett heltal med siffror.', en: 'Enter a whole number in digits.' },
  number_out_of_range: { sv: 'Talet är för stort eller för litet.', en: 'The number is too large or too small.' },
  date_invalid: {
    sv: 'Ange ett datum som finns, till exempel 2026-11-25.',
    en: 'Enter a date that exists, for example 2026-11-25.',
  },
  phone_invalid: {
    sv: 'Ange ett telefonnummer med siffror, till exempel 070-123 45 67.',
    en: 'Enter a phone number in digits, for example 070-123 45 67.',
  },
  email_invalid: {
    sv: 'Ange en e-postadress som namn@exempel.se.',
    en: 'Enter an email address like name@example.com.',
  },
  choose_at_least_one: { sv: 'Välj minst ett alternativ.', en: 'Choose at least one option.' },
  choice_exclusive: {
    sv: '"Inget av detta" kan inte väljas tillsammans med något annat.',
    en: '"None of these" cannot be chosen together with anything else.',
  },
  list_empty: {
    sv: 'Du svarade ja. Lägg till minst en rad, eller ändra svaret till nej.',
    en: 'You answered yes. Add at least one row, or change the answer to no.',
  },
  list_too_long: { sv: 'Det är för många rader.', en: 'There are too many rows.' },
  clearing_invalid: { sv: 'Clearingnumret ska ha 4 eller 5 siffror.', en: 'The clearing number has 4 or 5 digits.' },
  account_invalid: {
    sv: 'Kontonumret ska ha 6 till 10 siffror, utan clearingnumret.',
    en: 'The account number has 6 to 10 digits, without the clearing number.',
  },
  co_applicant_required: {
    sv: 'Du har svarat att du är gift eller sambo. Fyll i uppgifter om din make, maka eller sambo.',
    en: 'You answered that you are married or cohabiting. Fill in details about your spouse or partner.',
  },
  co_applicant_not_in_household: {
    sv: 'Du har svarat att du är ensamstående, så du har ingen medsökande. Ändra svaret här eller ditt civilstånd.',
    en: 'You answered that you are single, so you have no co-applicant. Change this answer or your civil status.',
  },
  child_not_in_household: {
    sv: 'Du har inte angett några barn. Lägg till barnet under "Barn och andra i hushållet", eller ändra svaret här.',
    en: 'You have not listed any children. Add the child under "Children and others in the household", or change this answer.',
  },
  child_too_old: {
    sv: 'Barnet är 21 år eller äldre den månad du söker för. Ange personen under "Bor någon annan i bostaden?" i stället.',
    en: 'The child is 21 or older in the month you apply for. List the person under "Does anyone else live in the home?" instead.',
  },
  child_days_exceed_month: {
    sv: 'Månaden har inte så många dagar. Ange hur många dagar barnet är hos dig den månad du söker för.',
    en: 'The month does not have that many days. Enter how many days the child is with you in the month you apply for.',
  },
  child_days_inconsistent: {
    sv: 'Antalet dagar stämmer inte med hur barnet bor. Växelvis boende är några men inte alla dagar, umgänge är högst halva månaden. Kontrollera dagarna eller hur barnet bor.',
    en: 'The number of days does not match where the child lives. Alternate living is some but not all days, visits are at most half the month. Check the days or the living arrangement.',
  },
  person_duplicate: {
    sv: 'Det här personnumret finns redan i ansökan. Varje person ska bara anges en gång.',
    en: 'This personal identity number is already in the application. Each person is listed only once.',
  },
  cost_duplicate: {
    sv: 'Du har redan angett den här kostnaden. Lägg ihop beloppen på en rad.',
    en: 'You have already listed this cost. Add the amounts together on one row.',
  },
  activity_conflict: {
    sv: 'Man kan inte arbeta heltid och vara heltidssjukskriven samtidigt. Kontrollera svaren.',
    en: 'One cannot work full time and be on full-time sick leave at once. Please check the answers.',
  },
  date_range_reversed: {
    sv: 'Slutdatumet är före startdatumet.',
    en: 'The end date is before the start date.',
  },
  income_date_out_of_range: {
    sv: 'Datumet ligger långt från den månad du söker för. Ange inkomster från de två senaste månaderna och den månad du söker för.',
    en: 'The date is far from the month you apply for. Give incomes from the last two months and the month you apply for.',
  },
  period_too_far_ahead: {
    sv: 'Du kan söka för den här eller nästa månad, inte längre fram.',
    en: 'You can apply for this month or next month, not further ahead.',
  },
  period_too_old: {
    sv: 'Du kan inte söka för en månad som redan har varit, utom förra månaden. Kontakta din handläggare om det gäller en äldre månad.',
    en: 'You cannot apply for a month that has passed, except last month. Contact your caseworker about older months.',
  },
  declaration_required: {
    sv: 'Du måste intyga att uppgifterna är sanna för att kunna skicka ansökan.',
    en: 'You must confirm that the information is true to submit the application.',
  },
  template_link_missing: {
    sv: 'Texten måste innehålla {länk}, där länken till inloggningen sätts in.',
    en: 'The text must contain {länk}, where the login link is put in.',
  },
  template_placeholder_unknown: {
    sv: 'Bara {kommun} och {länk} kan stå inom klammerparenteser.',
    en: 'Only {kommun} and {länk} can be written in curly brackets.',
  },
  template_digits: {
    sv: 'Texten får inte innehålla siffror, så att inget personnummer, belopp eller ärendenummer hamnar i den.',
    en: 'The text may not contain digits, so that no identity number, amount or case number ends up in it.',
  },
  sms_too_long: {
    sv: 'Sms:et blir längre än 160 tecken med kommunens namn och länken. Korta texten.',
    en: 'The SMS is longer than 160 characters with the municipality name and the link. Shorten the text.',
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
