import { z } from 'zod';

/**
 * The whole configuration, parsed once from the environment by server.ts. Defaults give the embedded
 * mode (PGlite, a local folder for files, the dev outbox); DATABASE_URL and S3_* switch to real services.
 */
const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

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
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(240).default(15),
    SMS_PROVIDER: z.enum(['dev-outbox']).default('dev-outbox'),
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

export interface AppConfig {
  environment: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  dataDir: string;
  database: { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; directory: string };
  fileStore: FileStoreConfig;
  /** Undefined only in embedded mode, where server.ts generates one and keeps it under DATA_DIR. */
  sessionSecret: string | undefined;
  sessionIdleMinutes: number;
  smsProvider: 'dev-outbox';
  migrateOnStart: boolean;
  seedDemo: boolean;
  spa: { applicantDist: string; caseworkerDist: string } | undefined;
}

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
    sessionSecret: e.SESSION_SECRET,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    smsProvider: e.SMS_PROVIDER,
    migrateOnStart: e.MIGRATE_ON_START ?? !production,
    seedDemo: e.SEED_DEMO ?? !production,
    spa:
      e.APPLICANT_DIST && e.CASEWORKER_DIST
        ? { applicantDist: e.APPLICANT_DIST, caseworkerDist: e.CASEWORKER_DIST }
        : undefined,
  };
}
