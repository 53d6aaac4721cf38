import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadDatabaseConfig } from './env.js';

const base = { DATA_DIR: '/srv/ebistans' };

describe('loadConfig', () => {
  it('defaults to the embedded mode: PGlite and a folder under DATA_DIR, migrations and demo data on', () => {
    const config = loadConfig(base);
    expect(config.database).toEqual({ kind: 'pglite', directory: '/srv/ebistans/pglite' });
    expect(config.fileStore).toEqual({ kind: 'folder', directory: '/srv/ebistans/files' });
    expect(config.port).toBe(3000);
    expect(config).toMatchObject({ migrateOnStart: true, seedDemo: true, sessionIdleMinutes: 15 });
  });

  it('switches to PostgreSQL and S3 with environment variables only', () => {
    const config = loadConfig({
      ...base,
      DATABASE_URL: 'postgres://app@db.kommun.se/ebistans',
      S3_BUCKET: 'verifikat',
      S3_ENDPOINT: 'https://s3.kommun.se',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_FORCE_PATH_STYLE: 'true',
    });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://app@db.kommun.se/ebistans', poolSize: 10 });
    expect(config.fileStore).toMatchObject({ kind: 's3', bucket: 'verifikat', forcePathStyle: true });
  });

  it('names every bad variable in one clear message', () => {
    expect(() => loadConfig({ ...base, PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrowError(ConfigError);
    try {
      loadConfig({ ...base, PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT: /);
      expect((error as Error).message).toMatch(/DATABASE_URL: must be a postgres/);
    }
  });

  it('refuses production without a session secret, and with the dev outbox that logs one-time codes', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrowError(
      /SESSION_SECRET: is required in production/,
    );
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) })).toThrowError(
      /SMS_PROVIDER: dev-outbox .* not allowed in production/,
    );
  });

  it('uses the embedded BankID simulator unless BANKID_URL is set, and builds mutual TLS from the files', () => {
    expect(loadConfig(base).bankId).toEqual({ kind: 'simulator' });
    expect(
      loadConfig({
        ...base,
        BANKID_URL: 'https://appapi2.test.bankid.com/rp/v6.0/',
        BANKID_PFX_PATH: '/run/secrets/rp.p12',
        BANKID_PFX_PASSPHRASE: 'qwerty123',
        BANKID_CA_PATH: '/etc/bankid/test-ca.pem',
      }).bankId,
    ).toEqual({
      kind: 'rp-api',
      url: 'https://appapi2.test.bankid.com/rp/v6.0/',
      tls: { pfxPath: '/run/secrets/rp.p12', pfxPassphrase: 'qwerty123', caPath: '/etc/bankid/test-ca.pem' },
    });
    expect(() => loadConfig({ ...base, BANKID_PFX_PATH: '/run/secrets/rp.p12' })).toThrowError(
      /BANKID_URL: is required/,
    );
  });

  it('refuses the BankID simulator in production: the real RP API over https with certificate and CA', () => {
    const production = { ...base, NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) };
    expect(() => loadConfig(production)).toThrowError(/BANKID_URL: .*the simulator is not allowed/);
    expect(() =>
      loadConfig({ ...production, BANKID_URL: 'http://localhost:3000/bankid-simulator/rp/v6.0/' }),
    ).toThrowError(/BANKID_URL: an https:\/\/ URL/);
    expect(() => loadConfig({ ...production, BANKID_URL: 'https://appapi2.bankid.com/rp/v6.0/' })).toThrowError(
      /BANKID_PFX_PATH: is required in production[\s\S]*BANKID_CA_PATH: is required in production/,
    );
  });

  it('reads only the database settings for the migration command', () => {
    expect(loadDatabaseConfig({ ...base, NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' })).toEqual({
      kind: 'postgres',
      url: 'postgres://db/x',
      poolSize: 10,
    });
  });

  it('limits uploads to 15 MB unless UPLOAD_MAX_BYTES says otherwise', () => {
    expect(loadConfig(base).uploadMaxBytes).toBe(15 * 1024 * 1024);
    expect(loadConfig({ ...base, UPLOAD_MAX_BYTES: '1048576' }).uploadMaxBytes).toBe(1048576);
    expect(() => loadConfig({ ...base, UPLOAD_MAX_BYTES: '10' })).toThrowError(/UPLOAD_MAX_BYTES/);
  });

  it('runs the job workers in the API process unless RUN_JOBS=false, which needs PostgreSQL', () => {
    expect(loadConfig(base)).toMatchObject({ runJobs: true, notifications: { expireInSeconds: 300 } });
    expect(() => loadConfig({ ...base, RUN_JOBS: 'false' })).toThrowError(/RUN_JOBS: false needs DATABASE_URL/);
    expect(loadConfig({ ...base, RUN_JOBS: 'false', DATABASE_URL: 'postgres://localhost/ebistans' }).runJobs).toBe(
      false,
    );
  });

  it('requires S3 credentials with a bucket', () => {
    expect(() => loadConfig({ ...base, S3_BUCKET: 'verifikat' })).toThrowError(/S3_ACCESS_KEY_ID/);
  });

  it('sends e-mail to the dev outbox unless SMTP is set, and then needs a sender', () => {
    expect(loadConfig(base)).toMatchObject({
      email: { kind: 'dev-outbox' },
      publicUrl: 'http://localhost:3000',
      notifications: { retryLimit: 8, retryDelaySeconds: 30 },
    });
    expect(() => loadConfig({ ...base, SMTP_HOST: 'smtp.kommun.se' })).toThrowError(/MAIL_FROM: is required/);
    expect(
      loadConfig({
        ...base,
        SMTP_HOST: 'smtp.kommun.se',
        SMTP_PORT: '587',
        SMTP_USER: 'ebistans',
        SMTP_PASS: 'secret',
        MAIL_FROM: 'Ekonomiskt bistånd <noreply@kommun.se>',
        PUBLIC_URL: 'https://ebistans.kommun.se/',
      }),
    ).toMatchObject({
      publicUrl: 'https://ebistans.kommun.se',
      email: {
        kind: 'smtp',
        smtp: { host: 'smtp.kommun.se', port: 587, secure: false, requireTls: false, user: 'ebistans' },
        from: 'Ekonomiskt bistånd <noreply@kommun.se>',
      },
    });
  });

  it('requires SMTP and an https:// PUBLIC_URL in production', () => {
    const production = { ...base, NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) };
    expect(() => loadConfig(production)).toThrowError(
      /SMTP_URL: SMTP_URL or SMTP_HOST is required in production[\s\S]*PUBLIC_URL: an https:\/\/ URL is required/,
    );
    expect(() => loadConfig({ ...production, PUBLIC_URL: 'http://ebistans.kommun.se' })).toThrowError(/PUBLIC_URL/);
    // Other production settings (SMS, BankID) are still missing here; SMTP is no longer among them.
    const withSmtp = { ...production, SMTP_URL: 'smtp://smtp.kommun.se:587', MAIL_FROM: 'noreply@kommun.se' };
    expect(() => loadConfig(withSmtp)).toThrowError(/SMS_PROVIDER/);
    expect(() => loadConfig(withSmtp)).not.toThrowError(/SMTP_URL|MAIL_FROM/);
  });

  it('sends SMS through 46elks with its credentials and a valid sender, over https in production', () => {
    expect(loadConfig(base).sms).toEqual({ kind: 'dev-outbox' });
    const elks = { SMS_PROVIDER: '46elks', ELKS_USERNAME: 'u1234', ELKS_PASSWORD: 'secret', SMS_FROM: 'Ekbistand' };
    expect(loadConfig({ ...base, ...elks }).sms).toEqual({
      kind: '46elks',
      apiUrl: 'https://api.46elks.com',
      username: 'u1234',
      password: 'secret',
      from: 'Ekbistand',
    });
    expect(() => loadConfig({ ...base, SMS_PROVIDER: '46elks' })).toThrowError(
      /ELKS_USERNAME: is required with SMS_PROVIDER=46elks[\s\S]*ELKS_PASSWORD[\s\S]*SMS_FROM/,
    );
    expect(() => loadConfig({ ...base, ...elks, SMS_FROM: 'Ekonomiskt bistånd' })).toThrowError(/SMS_FROM: must be/);
    expect(() =>
      loadConfig({ ...base, ...elks, NODE_ENV: 'production', ELKS_API_URL: 'http://sms.kommun.se' }),
    ).toThrowError(/ELKS_API_URL: an https:\/\/ URL is required in production/);
  });
});
