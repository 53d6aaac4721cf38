import { luhnCheckDigit } from '@ebistans/schema';

/**
 * A personnummer for a caseworker's test applicant: a valid number (date and check digit) born in 1800.
 * Personnummer were first given out in 1947, to people alive then, so no real person has a number from
 * 1800 and none ever will — it cannot clash with a real applicant, and anyone reading it sees it is not
 * one. (Skatteverket's published test numbers are a fixed list, not a range we could draw one per
 * caseworker from.) Which day and birth number is random; a clash with another test applicant is retried.
 */
export function testApplicantPersonnummer(random: () => number = Math.random): string {
  const day = new Date(Date.UTC(1800, 0, 1 + Math.floor(random() * 365)));
  const date = `${String(day.getUTCMonth() + 1).padStart(2, '0')}${String(day.getUTCDate()).padStart(2, '0')}`;
  const birthNumber = String(Math.floor(random() * 1000)).padStart(3, '0');
  const nine = `00${date}${birthNumber}`;
  return `18${nine}${luhnCheckDigit(nine)}`;
}
