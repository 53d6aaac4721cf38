import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'applicant',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-support/setup.ts'],
    // Every step of every form, with axe on each: more than the default five seconds on a slow machine.
    testTimeout: 60_000,
  },
});
