import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config/env.js';

/**
 * Writes apps/api/openapi.json from the routes' schemas, or with --check fails when the committed
 * file differs. The pg pool connects lazily, so no database is needed.
 */
const target = fileURLToPath(new URL('../openapi.json', import.meta.url));
const app = await buildApp(
  loadConfig({
    NODE_ENV: 'development',
    DATA_DIR: tmpdir(),
    DATABASE_URL: 'postgres://openapi@127.0.0.1:1/unused',
    SESSION_SECRET: 'openapi-emitter-needs-no-real-secret-000',
    MIGRATE_ON_START: 'false',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
  }),
  // The job queue would connect to install its schema; reading the routes needs no database.
  { runJobs: false },
);
await app.ready();
const document = `${JSON.stringify(app.swagger(), null, 2)}\n`;
await app.close();

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== document) {
    console.error('apps/api/openapi.json is stale: run `pnpm generate:client` and commit the result.');
    process.exit(1);
  }
  console.log('apps/api/openapi.json is up to date.');
} else {
  await writeFile(target, document);
  console.log(`Wrote ${target}`);
}
