import { isRecord, parseIdentityNumber } from '@ebistans/schema';

/**
 * The spouse or sambo named in an application's answers (`coApplicant`, asked when civil status says
 * there is one), with the personnummer as 12 digits; null when the application has none.
 */
export function coApplicantOf(data: Record<string, unknown>): { name: string; personnummer: string | null } | null {
  const answer = data.coApplicant;
  if (!isRecord(answer) || typeof answer.name !== 'string') return null;
  const personnummer = typeof answer.personnummer === 'string' ? parseIdentityNumber(answer.personnummer) : null;
  return { name: answer.name, personnummer: personnummer?.normalized ?? null };
}
