export { startPostgresServer, type PostgresServer } from './postgres-server.js';
export { createDatabase, databaseUrl, dropDatabase } from './databases.js';
export { sampleJpeg, samplePdf, samplePng } from './sample-files.js';

import { startPostgresServer, type PostgresServer } from './postgres-server.js';

/** DATABASE_URL (e.g. a CI service) when given, otherwise a throwaway cluster from the installed binaries. */
export async function postgresForTests(): Promise<PostgresServer> {
  const given = process.env.DATABASE_URL;
  if (given) return { adminUrl: given, stop: async () => undefined };
  return startPostgresServer();
}
