import { identityNumberIssue, phoneSchema } from '@ebistans/schema';

export const applicantFields = ['personnummer', 'givenName', 'familyName', 'mobile', 'email'] as const;
export type ApplicantField = (typeof applicantFields)[number];
export type ApplicantForm = Record<ApplicantField, string>;

/** A simple check before sending; the API checks the same with the schema package and has the last word. */
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The validation code for one field (a key of the schema package's messages), or undefined when it is fine. */
export function applicantFieldIssue(field: ApplicantField, value: string): string | undefined {
  const text = value.trim();
  switch (field) {
    case 'personnummer':
      return text === '' ? 'required' : (identityNumberIssue(text) ?? undefined);
    case 'givenName':
    case 'familyName':
      return text === '' ? 'required' : text.length > 100 ? 'text_too_long' : undefined;
    case 'mobile':
      return text === '' || phoneSchema.safeParse(text).success ? undefined : 'phone_invalid';
    case 'email':
      return text === '' || emailPattern.test(text) ? undefined : 'email_invalid';
  }
}
