import { postgresForTests } from '@ebistans/testing';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    e2ePostgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await postgresForTests();
  project.provide('e2ePostgresAdminUrl', server.adminUrl);
  return () => server.stop();
}
