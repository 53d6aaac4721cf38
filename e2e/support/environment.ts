import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDatabase, dropDatabase } from '@ebistans/testing';
import pg from 'pg';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { demo } from './api.js';
import { launchBrowser } from './browser.js';
import { startServer, type RunningServer } from './server.js';

export interface E2eEnvironment {
  server: RunningServer;
  browser: Browser;
  /** The server's own database, for arranging what no page can (a second municipality, a restricted caseworker). */
  databaseUrl: string;
  stop(): Promise<void>;
}

/**
 * The real server on a real PostgreSQL database and data folder of its own (it migrates and seeds the
 * demo municipality itself), and Chromium. `stop` closes and removes all of it.
 */
export async function startEnvironment(env: Record<string, string> = {}): Promise<E2eEnvironment> {
  const adminUrl = inject('e2ePostgresAdminUrl');
  const databaseName = `e2e_${randomUUID().replaceAll('-', '')}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ebistans-e2e-'));
  const databaseUrl = await createDatabase(adminUrl, databaseName);
  const server = await startServer({ DATABASE_URL: databaseUrl, DATA_DIR: dataDir, NODE_ENV: 'development', ...env });
  const browser = await launchBrowser();
  return {
    server,
    browser,
    databaseUrl,
    async stop() {
      await browser.close();
      await server.stop();
      await dropDatabase(adminUrl, databaseName);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface StaffMember {
  username: string;
  name: string;
  mobile?: string;
  email?: string;
  /** The subject the municipality's single sign-on knows them by. */
  subject?: string;
  role?: 'caseworker' | 'admin';
  restricted?: boolean;
}

/** Another member of the demo municipality, with the demo caseworker's password, straight into its database; returns the id. */
export async function addStaff(databaseUrl: string, member: StaffMember): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO staff
         (municipality_id, username, display_name, mobile, email, sso_subject, password_hash, role, restricted)
       SELECT municipality_id, $1, $2, $3, $4, $5, password_hash, $6, $7 FROM staff WHERE username = $8
       RETURNING id`,
      [
        member.username,
        member.name,
        member.mobile ?? null,
        member.email ?? null,
        member.subject ?? null,
        member.role ?? 'caseworker',
        member.restricted ?? false,
        demo.caseworker.username,
      ],
    );
    return rows[0]!.id;
  } finally {
    await client.end();
  }
}
