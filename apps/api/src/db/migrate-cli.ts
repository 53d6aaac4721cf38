import { loadDatabaseConfig } from '../config/env.js';
import { orExit, processEnvironment } from '../config/from-process.js';
import { openDatabase } from './client.js';
import { runMigrations } from './migrate.js';

/** `pnpm db:migrate`: the production deploy step; needs only DATABASE_URL (or DATA_DIR for PGlite). */
const handle = openDatabase(orExit(() => loadDatabaseConfig(processEnvironment())));
try {
  await runMigrations(handle);
  console.log('Migrations applied.');
} finally {
  await handle.close();
}
