import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'e2e',
    include: ['tests/**/*.test.ts'],
    globalSetup: ['support/global-setup.ts'],
    // Each file starts its own server, database and browser; they mostly wait on each other, so two at a
    // time make good use of two cores.
    maxWorkers: 2,
    // After the other projects, so browsers and servers do not compete with them.
    sequence: { groupOrder: 1 },
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
