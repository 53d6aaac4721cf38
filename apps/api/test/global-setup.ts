import { createDatabase, dropDatabase, postgresForTests } from '@ebistans/testing';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/client.js';
import { runMigrations } from '../src/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
    templateDatabase: string;
  }
}

/**
 * One real PostgreSQL for the run: migrations are applied once into a template database, and each
 * test file copies it (CREATE DATABASE … TEMPLATE), so files run in parallel without sharing data.
 */
export default async function setup(project: TestProject) {
  const server = await postgresForTests();
  const template = `ebistans_template_${process.pid}`;
  await dropDatabase(server.adminUrl, template);
  const handle = openDatabase({ kind: 'postgres', url: await createDatabase(server.adminUrl, template), poolSize: 1 });
  await runMigrations(handle);
  await handle.close();

  project.provide('postgresAdminUrl', server.adminUrl);
  project.provide('templateDatabase', template);

  return async () => {
    await dropDatabase(server.adminUrl, template);
    await server.stop();
  };
}
