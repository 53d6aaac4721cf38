import { z } from 'zod';

/**
 * The whole configuration, parsed once from the environment by server.ts. Defaults give the embedded
 * mode (PGlite, a local folder for files, the dev outbox); DATABASE_URL and S3_* switch to real services.
 */
const booleanFromEnv = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const databaseEnvSchema = z.object({
  DATA_DIR: z.string().min(1),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});

const envSchema = databaseEnvSchema
  .extend({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    S3_BUCKET: z.string().min(3).optional(),
    S3_ENDPOINT: z.url().optional(),
    S3_REGION: z.string().min(1).default('eu-north-1'),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: booleanFromEnv.default(false),
    /** Calls each integration client may make to /api/v1 per minute (counted per API process). */
    INTEGRATION_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
    UPLOAD_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(1024 * 1024 * 1024)
      .default(15 * 1024 * 1024),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    // Fractions allowed, so a browser test can wait seconds for the end instead of a minute.
    SESSION_IDLE_MINUTES: z.coerce.number().min(0.25).max(240).default(15),
    /** Consecutive failed password or code checks for one login name before it is locked. */
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
    LOGIN_LOCK_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    /** Failed checks from one client address, across login names, within LOGIN_LOCK_MINUTES. */
    LOGIN_IP_MAX_FAILURES: z.coerce.number().int().min(1).max(100_000).default(30),
    /** Where SMS (one-time codes, applicant notifications) go: the dev outbox, or the 46elks gateway. */
    SMS_PROVIDER: z.enum(['dev-outbox', '46elks']).default('dev-outbox'),
    /** The 46elks API base; the SMS endpoint is {ELKS_API_URL}/a1/sms. */
    ELKS_API_URL: z.url().default('https://api.46elks.com'),
    ELKS_USERNAME: z.string().min(1).optional(),
    ELKS_PASSWORD: z.string().min(1).optional(),
    /** The sender people see: a text sender id (a letter, then letters or digits, at most 11) or an E.164 number. */
    SMS_FROM: z
      .string()
      .regex(
        /^(?:[A-Za-z][A-Za-z0-9]{2,10}|\+[1-9]\d{6,14})$/,
        'must be 3–11 letters or digits starting with a letter, or a +46… number',
      )
      .optional(),
    /**
     * Where people reach the e-service, e.g. https://ebistans.kommun.se; links in notifications point here.
     * Unset (embedded/dev mode only), http://localhost:PORT.
     */
    PUBLIC_URL: z.url().optional(),
    /** SMTP for notification e-mail, as one URL (smtp:// or smtps://) or as host and port; unset, the dev outbox. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional(),
    SMTP_HOST: z.string().min(1).optional(),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    /** TLS from the first byte (usually port 465); otherwise STARTTLS when the server offers it. */
    SMTP_SECURE: booleanFromEnv.default(false),
    /** Refuse to send unless STARTTLS succeeds; on by default in production. */
    SMTP_REQUIRE_TLS: booleanFromEnv.optional(),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASS: z.string().min(1).optional(),
    /** The sender, e.g. "Ekonomiskt bistånd <noreply@kommun.se>", unless the municipality sets its own. */
    MAIL_FROM: z.string().min(3).optional(),
    /** Retries of a failed notification, the first after the delay, each next one twice as long after. */
    NOTIFICATION_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(8),
    NOTIFICATION_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    /**
     * A notification job still running after this long is taken for one whose worker died mid-send, failed
     * and so retried. Well above the SMTP and SMS timeouts (60 and 15 seconds) unless in tests.
     */
    NOTIFICATION_JOB_EXPIRE_SECONDS: z.coerce.number().int().min(1).max(3600).default(300),
    /**
     * Run the notification workers in this process. false: the API only enqueues, and `pnpm worker`
     * processes (PostgreSQL only) send.
     */
    RUN_JOBS: booleanFromEnv.default(true),
    /**
     * Retries of a webhook the receiver did not take (no 2xx), the first after the delay (at least a second),
     * each next one twice as long after: with the defaults the last is about 8–17 hours after the event.
     */
    WEBHOOK_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(10),
    WEBHOOK_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    /** How often a process running jobs turns new case events into webhook deliveries. */
    WEBHOOK_DISPATCH_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
    /** When overdue cases and near supplement due dates are checked: a cron expression in Swedish time. */
    DEADLINE_CHECK_CRON: z
      .string()
      .regex(/^\S+(\s+\S+){4,5}$/, 'must be a cron expression of five (or six, with seconds) fields')
      .default('*/5 * * * *'),
    /** How many working days before a supplement request's due date the applicant is reminded. */
    SUPPLEMENT_REMINDER_WORKING_DAYS: z.coerce.number().int().min(1).max(20).default(2),
    /** The RP API base, e.g. https://appapi2.bankid.com/rp/v6.0/; unset, the embedded simulator answers. */
    BANKID_URL: z.url().optional(),
    BANKID_PFX_PATH: z.string().min(1).optional(),
    BANKID_PFX_PASSPHRASE: z.string().optional(),
    BANKID_CA_PATH: z.string().min(1).optional(),
    /** Lets a municipality's OpenID Connect issuer be http:// (a provider on the developer's machine). */
    SSO_ALLOW_HTTP: booleanFromEnv.default(false),
    MIGRATE_ON_START: booleanFromEnv.optional(),
    SEED_DEMO: booleanFromEnv.optional(),
    APPLICANT_DIST: z.string().min(1).optional(),
    CASEWORKER_DIST: z.string().min(1).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'is required in production' });
    }
    if (env.NODE_ENV === 'production' && env.SMS_PROVIDER === 'dev-outbox') {
      // The dev outbox prints one-time codes to the log: never acceptable with real people.
      ctx.addIssue({
        code: 'custom',
        path: ['SMS_PROVIDER'],
        message: 'dev-outbox prints one-time codes to the log and is not allowed in production',
      });
    }
    if (env.NODE_ENV === 'production') {
      // The simulator approves anyone a developer picks: production needs the real RP API over mutual TLS.
      if (!env.BANKID_URL?.startsWith('https://')) {
        ctx.addIssue({
          code: 'custom',
          path: ['BANKID_URL'],
          message: 'an https:// URL of the BankID RP API is required in production (the simulator is not allowed)',
        });
      }
      for (const key of ['BANKID_PFX_PATH', 'BANKID_CA_PATH'] as const) {
        if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required in production' });
      }
    }
    if (env.NODE_ENV === 'production' && env.SSO_ALLOW_HTTP) {
      // Tokens and the client secret would cross the network in clear.
      ctx.addIssue({ code: 'custom', path: ['SSO_ALLOW_HTTP'], message: 'is not allowed in production' });
    }
    if (env.SMS_PROVIDER === '46elks') {
      for (const key of ['ELKS_USERNAME', 'ELKS_PASSWORD', 'SMS_FROM'] as const) {
        if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required with SMS_PROVIDER=46elks' });
      }
      // Basic auth would carry the API password in clear.
      if (env.NODE_ENV === 'production' && !env.ELKS_API_URL.startsWith('https://')) {
        ctx.addIssue({ code: 'custom', path: ['ELKS_API_URL'], message: 'an https:// URL is required in production' });
      }
    }
    const smtp = Boolean(env.SMTP_URL ?? env.SMTP_HOST);
    if (env.SMTP_URL && env.SMTP_HOST) {
      ctx.addIssue({ code: 'custom', path: ['SMTP_HOST'], message: 'give either SMTP_URL or SMTP_HOST, not both' });
    }
    if (smtp && !env.MAIL_FROM) {
      ctx.addIssue({ code: 'custom', path: ['MAIL_FROM'], message: 'is required with SMTP_URL or SMTP_HOST' });
    }
    if (env.NODE_ENV === 'production') {
      // The dev outbox would keep the applicants' notifications in a table nobody reads.
      if (!smtp) {
        ctx.addIssue({
          code: 'custom',
          path: ['SMTP_URL'],
          message: 'SMTP_URL or SMTP_HOST is required in production',
        });
      }
      if (!env.PUBLIC_URL?.startsWith('https://')) {
        ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'an https:// URL is required in production' });
      }
    }
    if (!env.RUN_JOBS && !env.DATABASE_URL) {
      // Only one process can open the embedded PGlite, so no worker could ever send what is queued.
      ctx.addIssue({
        code: 'custom',
        path: ['RUN_JOBS'],
        message: 'false needs DATABASE_URL (PostgreSQL): with the embedded PGlite no separate worker can run',
      });
    }
    if (env.BANKID_PFX_PATH && !env.BANKID_URL) {
      ctx.addIssue({ code: 'custom', path: ['BANKID_URL'], message: 'is required with BANKID_PFX_PATH' });
    }
    if (env.BANKID_CA_PATH && !env.BANKID_PFX_PATH) {
      ctx.addIssue({ code: 'custom', path: ['BANKID_PFX_PATH'], message: 'is required with BANKID_CA_PATH' });
    }
    if (env.S3_BUCKET && !(env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY)) {
      ctx.addIssue({
        code: 'custom',
        path: ['S3_ACCESS_KEY_ID'],
        message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are required with S3_BUCKET',
      });
    }
  });

export type FileStoreConfig =
  | { kind: 'folder'; directory: string }
  | {
      kind: 's3';
      bucket: string;
      endpoint: string | undefined;
      region: string;
      accessKeyId: string;
      secretAccessKey: string;
      forcePathStyle: boolean;
    };

export interface SmtpConfig {
  url: string | undefined;
  host: string | undefined;
  port: number | undefined;
  secure: boolean;
  requireTls: boolean;
  user: string | undefined;
  password: string | undefined;
}

/** SMTP, or in embedded/dev mode the dev outbox; `from` unless the municipality has its own sender. */
export type EmailConfig = { kind: 'smtp'; smtp: SmtpConfig; from: string } | { kind: 'dev-outbox'; from: string };

/** The dev outbox (embedded/dev mode only), or the 46elks HTTP API with the account's API credentials. */
export type SmsConfig =
  { kind: 'dev-outbox' } | { kind: '46elks'; apiUrl: string; username: string; password: string; from: string };

/** The embedded simulator (never in production), or the BankID RP API with the RP's client certificate. */
export type BankIdConfig =
  | { kind: 'simulator' }
  | {
      kind: 'rp-api';
      url: string;
      tls: { pfxPath: string; pfxPassphrase: string | undefined; caPath: string | undefined } | undefined;
    };

export interface AppConfig {
  environment: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  dataDir: string;
  database: { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; directory: string };
  fileStore: FileStoreConfig;
  /** The largest file an applicant may upload, in bytes. */
  uploadMaxBytes: number;
  integrationRateLimitPerMinute: number;
  /** Undefined only in embedded mode, where server.ts generates one and keeps it under DATA_DIR. */
  sessionSecret: string | undefined;
  sessionIdleMinutes: number;
  /** Lockout per login name and rate limit per client address; windows and locks in milliseconds. */
  loginThrottle: {
    account: { maxFailures: number; windowMs: number; lockMs: number };
    address: { maxFailures: number; windowMs: number; lockMs: number };
  };
  sms: SmsConfig;
  /** The e-service's address without a trailing slash; notifications link to the login page under it. */
  publicUrl: string;
  email: EmailConfig;
  notifications: { retryLimit: number; retryDelaySeconds: number; expireInSeconds: number };
  /** Whether this API process also runs the job workers; false when separate `worker` processes do. */
  runJobs: boolean;
  /**
   * Webhooks to case systems: retries with backoff, how often new events are dispatched, and whether an
   * http:// URL is accepted (never in production: the payloads and signatures would cross the network in clear).
   */
  webhooks: { retryLimit: number; retryDelaySeconds: number; dispatchIntervalMs: number; allowHttp: boolean };
  /** The scheduled deadline check: overdue cases to their assignees, supplement reminders to applicants. */
  deadlines: { checkCron: string; reminderWorkingDays: number };
  bankId: BankIdConfig;
  /** Staff single sign-on; each municipality's provider is in its settings (`settings.sso`). */
  sso: { allowHttp: boolean };
  migrateOnStart: boolean;
  seedDemo: boolean;
  spa: { applicantDist: string; caseworkerDist: string } | undefined;
}

const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function parse<Schema extends z.ZodType>(schema: Schema, env: Record<string, string | undefined>): z.output<Schema> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

function databaseFrom(e: z.output<typeof databaseEnvSchema>): AppConfig['database'] {
  return e.DATABASE_URL
    ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
    : { kind: 'pglite', directory: `${e.DATA_DIR}/pglite` };
}

/** Only the database settings, for the migration command that runs before the app is configured. */
export function loadDatabaseConfig(env: Record<string, string | undefined>): AppConfig['database'] {
  return databaseFrom(parse(databaseEnvSchema, env));
}

/** Parses the environment; the error message names every bad variable and why. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const e = parse(envSchema, env);
  const production = e.NODE_ENV === 'production';
  return {
    environment: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    dataDir: e.DATA_DIR,
    database: databaseFrom(e),
    fileStore:
      e.S3_BUCKET && e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
        ? {
            kind: 's3',
            bucket: e.S3_BUCKET,
            endpoint: e.S3_ENDPOINT,
            region: e.S3_REGION,
            accessKeyId: e.S3_ACCESS_KEY_ID,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
          }
        : { kind: 'folder', directory: `${e.DATA_DIR}/files` },
    uploadMaxBytes: e.UPLOAD_MAX_BYTES,
    integrationRateLimitPerMinute: e.INTEGRATION_RATE_LIMIT_PER_MINUTE,
    sessionSecret: e.SESSION_SECRET,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    loginThrottle: {
      // A name's failures are forgotten a day after the first, so rare typos never add up to a lock.
      account: { maxFailures: e.LOGIN_MAX_FAILURES, windowMs: DAY_MS, lockMs: e.LOGIN_LOCK_MINUTES * MINUTE_MS },
      address: {
        maxFailures: e.LOGIN_IP_MAX_FAILURES,
        windowMs: e.LOGIN_LOCK_MINUTES * MINUTE_MS,
        lockMs: e.LOGIN_LOCK_MINUTES * MINUTE_MS,
      },
    },
    sms:
      e.SMS_PROVIDER === '46elks'
        ? {
            kind: '46elks',
            apiUrl: e.ELKS_API_URL.replace(/\/+$/, ''),
            username: e.ELKS_USERNAME ?? '',
            password: e.ELKS_PASSWORD ?? '',
            from: e.SMS_FROM ?? '',
          }
        : { kind: 'dev-outbox' },
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    email:
      e.SMTP_URL || e.SMTP_HOST
        ? {
            kind: 'smtp',
            smtp: {
              url: e.SMTP_URL,
              host: e.SMTP_HOST,
              port: e.SMTP_PORT,
              secure: e.SMTP_SECURE,
              requireTls: e.SMTP_REQUIRE_TLS ?? production,
              user: e.SMTP_USER,
              password: e.SMTP_PASS,
            },
            from: e.MAIL_FROM ?? '',
          }
        : { kind: 'dev-outbox', from: e.MAIL_FROM ?? 'ebistans <noreply@localhost>' },
    notifications: {
      retryLimit: e.NOTIFICATION_RETRY_LIMIT,
      retryDelaySeconds: e.NOTIFICATION_RETRY_DELAY_SECONDS,
      expireInSeconds: e.NOTIFICATION_JOB_EXPIRE_SECONDS,
    },
    runJobs: e.RUN_JOBS,
    webhooks: {
      retryLimit: e.WEBHOOK_RETRY_LIMIT,
      retryDelaySeconds: e.WEBHOOK_RETRY_DELAY_SECONDS,
      dispatchIntervalMs: e.WEBHOOK_DISPATCH_INTERVAL_MS,
      allowHttp: !production,
    },
    deadlines: { checkCron: e.DEADLINE_CHECK_CRON, reminderWorkingDays: e.SUPPLEMENT_REMINDER_WORKING_DAYS },
    bankId: e.BANKID_URL
      ? {
          kind: 'rp-api',
          url: e.BANKID_URL,
          tls: e.BANKID_PFX_PATH
            ? { pfxPath: e.BANKID_PFX_PATH, pfxPassphrase: e.BANKID_PFX_PASSPHRASE, caPath: e.BANKID_CA_PATH }
            : undefined,
        }
      : { kind: 'simulator' },
    sso: { allowHttp: e.SSO_ALLOW_HTTP },
    migrateOnStart: e.MIGRATE_ON_START ?? !production,
    seedDemo: e.SEED_DEMO ?? !production,
    spa:
      e.APPLICANT_DIST && e.CASEWORKER_DIST
        ? { applicantDist: e.APPLICANT_DIST, caseworkerDist: e.CASEWORKER_DIST }
        : undefined,
  };
}
