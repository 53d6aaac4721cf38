import { defineConfig } from 'vitest/config';

// One run for the whole repository; each package declares its own project.
export default defineConfig({
  test: {
    // Most test files wait on PostgreSQL, pg-boss polling, a server or a browser: three at a time keep two
    // cores busy (vitest's default would be one worker on two cores).
    maxWorkers: 3,
    projects: [
      'packages/schema',
      'packages/ui',
      'apps/applicant',
      'apps/caseworker',
      'apps/api',
      'examples/case-system',
      'e2e',
    ],
  },
});
