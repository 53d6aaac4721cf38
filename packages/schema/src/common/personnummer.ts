/**
 * Swedish personnummer and samordningsnummer (DOMAIN.md §6): accepted with 10 or 12 digits,
 * with or without separator, and always stored as 12 digits. A samordningsnummer has day + 60.
 */
export interface ParsedIdentityNumber {
  /** 12 digits, YYYYMMDDNNNC */
  normalized: string;
  kind: 'personnummer' | 'samordningsnummer';
  birthDate: string;
}

const pattern = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)$/;

export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    const product = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Returns null for anything that is not a valid personnummer or samordningsnummer. */
export function parseIdentityNumber(input: string, today: Date = new Date()): ParsedIdentityNumber | null {
  const match = pattern.exec(input.trim().replace(/\s/g, ''));
  if (!match) return null;
  const [, century, yy, mm, dd, separator, birthNumber, check] = match as unknown as [
    string,
    string | undefined,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (luhnCheckDigit(`${yy}${mm}${dd}${birthNumber}`) !== Number(check)) return null;

  const rawDay = Number(dd);
  const kind = rawDay > 60 ? 'samordningsnummer' : 'personnummer';
  const day = kind === 'samordningsnummer' ? rawDay - 60 : rawDay;
  const month = Number(mm);

  let year: number;
  if (century !== undefined) {
    year = Number(`${century}${yy}`);
  } else {
    // The most recent century that does not put the birth date in the future; '+' means 100 years or older.
    const thisYear = today.getUTCFullYear();
    year = Math.floor(thisYear / 100) * 100 + Number(yy);
    const birthday = Date.UTC(year, month - 1, day);
    if (birthday > today.getTime()) year -= 100;
    if (separator === '+') year -= 100;
  }
  if (!isRealDate(year, month, day)) return null;

  const normalized = `${year}${mm}${dd}${birthNumber}${check}`;
  const birthDate = `${year}-${mm}-${String(day).padStart(2, '0')}`;
  return { normalized, kind, birthDate };
}

/** 12 digits → YYYYMMDD-NNNC, the form people recognise. */
export function formatIdentityNumber(normalized: string): string {
  return `${normalized.slice(0, 8)}-${normalized.slice(8)}`;
}

/** Interim numbers replace the first birth-number digit with a letter (e.g. 880209-T050); SSBTEK and we refuse them. */
const interimPattern = /^(\d{2})?\d{6}[-+]?[TRSUWXJKLMN]\d{3}$/i;

/** Why an input is not accepted, as a validation message code; null when it is a valid number. */
export function identityNumberIssue(
  input: string,
  today: Date = new Date(),
): 'personnummer_interim' | 'personnummer_invalid' | null {
  if (parseIdentityNumber(input, today)) return null;
  return interimPattern.test(input.trim().replace(/\s/g, '')) ? 'personnummer_interim' : 'personnummer_invalid';
}

/** Age in whole years on a reference date, from a birth date as YYYY-MM-DD. */
export function ageOn(birthDate: string, reference: Date): number {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const age = reference.getUTCFullYear() - year;
  const hadBirthday =
    reference.getUTCMonth() + 1 > month || (reference.getUTCMonth() + 1 === month && reference.getUTCDate() >= day);
  return hadBirthday ? age : age - 1;
}
