import { loadConfig } from '../config/env.js';
import { openDatabase } from './client.js';
import { runMigrations } from './migrate.js';

/** `pnpm db:migrate`: the production deploy step. */
const config = loadConfig({ DATA_DIR: '.data', ...process.env });
const handle = openDatabase(config.database);
try {
  await runMigrations(handle);
  console.log('Migrations applied.');
} finally {
  await handle.close();
}
