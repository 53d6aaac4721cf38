import { defineConfig } from 'vitest/config';

// One run for the whole repository; each package declares its own project.
export default defineConfig({
  test: {
    projects: ['packages/schema', 'packages/ui', 'apps/applicant', 'apps/caseworker', 'apps/api', 'examples/case-system', 'e2e'],
  },
});
