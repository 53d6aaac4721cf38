import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'case-system',
    include: ['test/**/*.test.ts'],
    // The simulator is tested against the real API on PostgreSQL, set up as for the API's own tests.
    globalSetup: ['../../apps/api/test/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
