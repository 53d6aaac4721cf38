import { z } from 'zod';

/** Roles a municipality's groups may grant; operators belong to no municipality and never log in this way. */
const ssoRoles = ['caseworker', 'assistant', 'admin'] as const;

/**
 * `municipalities.settings.sso`: the municipality's OpenID Connect provider. Its staff log in there, and
 * map to staff accounts by subject, or on the first login by verified e-mail. Checked where read, since
 * settings are free JSON.
 */
export const ssoSettingsSchema = z.object({
  issuer: z.url(),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  /** The button's wording, e.g. "Sundsvalls kommuns konto"; without it the municipality's name is used. */
  buttonLabel: z.string().min(1).max(80).optional(),
  /** The claim (id token or userinfo) that lists the user's groups. */
  roleClaim: z.string().min(1).default('groups'),
  /** Group → role; the first entry, in the order written, whose group the user has sets the role at each login. */
  groupRoles: z.record(z.string().min(1), z.enum(ssoRoles)).optional(),
});

export type SsoSettings = z.output<typeof ssoSettingsSchema>;

/**
 * A page inside the caseworker app to open after login, e.g. `/arenden/<id>` from a notification. Only a
 * path from the app's root: no scheme, host or `//`, which would let a crafted link send the user away.
 */
export const returnToSchema = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])[^\\\s\p{Cc}]*$/u, { message: 'return_to_invalid' })
  .describe('A path inside the caseworker app, e.g. /arenden/<id>');

export const startParams = z.object({ municipalitySlug: z.string().min(1).max(100) });
export const startQuery = z.object({ returnTo: returnToSchema.optional() });

/** What the provider sends back; the handler reads the whole query as openid-client needs it. */
export const callbackQuery = z.object({
  state: z.string().max(2000).optional(),
  code: z.string().max(4000).optional(),
  error: z.string().max(200).optional(),
});

export const ssoProvidersSchema = z
  .object({
    items: z.array(
      z.object({
        municipality: z.object({ slug: z.string(), name: z.string() }),
        buttonLabel: z
          .string()
          .nullable()
          .describe("The provider's name for the button; null: use the municipality's name"),
        startPath: z.string().describe('Open this (a full-page navigation) to log in; add ?returnTo=<path>'),
      }),
    ),
  })
  .meta({ id: 'StaffSsoProviders' });

/** Why a single sign-on ended on the login page; the caseworker app explains each in Swedish. */
export const ssoFailures = ['expired', 'failed', 'unknown-user', 'unavailable'] as const;
export type SsoFailure = (typeof ssoFailures)[number];
