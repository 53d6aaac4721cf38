import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDatabase, dropDatabase } from '@ebistans/testing';
import { inject } from 'vitest';
import type { DestinationStream } from 'pino';
import { buildApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config/env.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';

export interface TestApp {
  app: App;
  /** A second connection to the same database, for arranging data and checking what was stored. */
  database: DatabaseHandle;
  /** The test database's URL, for a separate process (a `worker`) to use. */
  databaseUrl: string;
  /** The environment the app was configured from, for a separate process to share. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/** A real app on its own copy of the migrated template database and its own file folder. */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { logStream?: DestinationStream } = {},
): Promise<TestApp> {
  const adminUrl = inject('postgresAdminUrl');
  const name = `test_${randomUUID().replaceAll('-', '')}`;
  const url = await createDatabase(adminUrl, name, inject('templateDatabase'));
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ebistans-test-'));
  const appEnv = {
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DATABASE_URL: url,
    DATABASE_POOL_SIZE: '4',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    MIGRATE_ON_START: 'false',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
    // The deadline check runs only when a test calls it (yearly otherwise), so it never adds overdue events
    // to another test's cases mid-test.
    DEADLINE_CHECK_CRON: '0 3 1 1 *',
    ...env,
  };
  const app = await buildApp(loadConfig(appEnv), options);
  await app.ready();
  const database = openDatabase({ kind: 'postgres', url, poolSize: 2 });
  return {
    app,
    database,
    databaseUrl: url,
    env: appEnv,
    async close() {
      await app.close();
      await database.close();
      await dropDatabase(adminUrl, name);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
