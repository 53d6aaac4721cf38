import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from './env.js';

/** Paths default to the repository root, so `pnpm start` and `pnpm db:migrate` agree wherever they run. */
export const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));

/** process.env over the repository-relative defaults; only the entry points call this. */
export function processEnvironment(): Record<string, string | undefined> {
  const applicantDist = path.join(repoRoot, 'apps/applicant/dist');
  const caseworkerDist = path.join(repoRoot, 'apps/caseworker/dist');
  return {
    DATA_DIR: path.join(repoRoot, '.data'),
    ...(existsSync(applicantDist) && existsSync(caseworkerDist)
      ? { APPLICANT_DIST: applicantDist, CASEWORKER_DIST: caseworkerDist }
      : {}),
    ...process.env,
  };
}

/** Prints a configuration error as the message it is (no stack trace) and exits. */
export function orExit<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
