import { z } from 'zod';
import { identityNumberIssue } from './personnummer.js';

/** Whole kronor, non-negative, with an upper bound that catches typing errors (an extra zero). */
export const kronorSchema = (max = 1_000_000) =>
  z
    .number({ message: 'kronor_invalid' })
    .int({ message: 'kronor_invalid' })
    .min(0, { message: 'kronor_invalid' })
    .max(max, { message: 'kronor_too_large' });

/** A calendar month as YYYY-MM. */
export const monthSchema = z.string({ message: 'period_invalid' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
  message: 'period_invalid',
});

export const personnummerSchema = z.string({ message: 'personnummer_invalid' }).superRefine((value, ctx) => {
  const issue = identityNumberIssue(value);
  if (issue) ctx.addIssue({ code: 'custom', message: issue });
});

/** A calendar date as YYYY-MM-DD that exists (no 30 February). */
export const dateSchema = z
  .string({ message: 'date_invalid' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date_invalid' })
  .refine(
    (value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    },
    { message: 'date_invalid' },
  );

/** A phone number as people write it: 7–15 digits with optional +, spaces, dashes and parentheses. */
export const phoneSchema = z
  .string({ message: 'phone_invalid' })
  .regex(/^\+?[\d\s\-()]+$/, { message: 'phone_invalid' })
  .refine(
    (value) => {
      const digits = value.replace(/\D/g, '').length;
      return digits >= 7 && digits <= 15;
    },
    { message: 'phone_invalid' },
  );

/** An e-mail address; 254 characters is the most SMTP carries. */
export const emailSchema = z.email({ message: 'email_invalid' }).max(254, { message: 'email_invalid' });
