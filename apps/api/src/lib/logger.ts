import type { LoggerOptions } from 'pino';

/**
 * No personal data in logs (OSL 26 kap., GDPR). Known fields are removed by path; personnummer-like
 * digit runs are masked wherever they appear in a URL (e.g. a search by personnummer).
 */
const personalFields = [
  'personnummer',
  'password',
  'code',
  'token',
  'name',
  'givenName',
  'familyName',
  'displayName',
  'email',
  'mobile',
  'phone',
  'body',
];

export const redactPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  ...personalFields.flatMap((field) => [field, `*.${field}`]),
];

const identityNumberPattern = /\d{6,8}[-+]?\d{4}/g;

export function maskIdentityNumbers(text: string): string {
  return text.replace(identityNumberPattern, '************');
}

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: redactPaths, censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        method: req.method,
        url: maskIdentityNumbers(req.url),
        id: req.id,
      }),
    },
  };
}
