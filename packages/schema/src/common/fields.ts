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
