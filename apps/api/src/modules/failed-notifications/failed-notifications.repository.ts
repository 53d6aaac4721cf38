import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';

/** A job pg-boss gave up on, as stored in its job table, with the case it concerns. */
export interface FailedJobRow {
  id: string;
  queue: string;
  event: string;
  channel: string | null;
  caseId: string;
  caseNumber: string;
  retryCount: number;
  errorMessage: string | null;
  failedAt: Date;
}

/** At most this many, newest first: enough to see a pattern, and the rest follow once these are retried. */
const LIST_LIMIT = 200;

/**
 * Reads pg-boss's own job table (schema `pgboss`), which pg-boss installs and owns; jobs carry the case id
 * in their data, and the case decides the municipality.
 */
export function createFailedNotificationsRepository(db: Database) {
  async function select(municipalityId: string, queues: readonly string[], jobId?: string) {
    // Both drivers answer raw SQL with its rows under `rows`.
    const result: unknown = await db.execute(sql`
      select j.id, j.name as queue, j.data->>'event' as event, j.data->>'channel' as channel,
        c.id as "caseId", c.case_number as "caseNumber", j.retry_count as "retryCount",
        j.output->>'message' as "errorMessage", j.completed_on as "failedAt"
      from pgboss.job j
      join cases c on c.id::text = j.data->>'caseId'
      where j.state = 'failed'
        and j.name in (${sql.join(
          queues.map((queue) => sql`${queue}`),
          sql`, `,
        )})
        and c.municipality_id = ${municipalityId}
        ${jobId ? sql`and j.id = ${jobId}` : sql``}
      order by j.completed_on desc
      limit ${LIST_LIMIT}`);
    const { rows } = result as { rows: (Omit<FailedJobRow, 'failedAt'> & { failedAt: Date | string })[] };
    return rows.map((row) => ({
      ...row,
      failedAt: new Date(row.failedAt),
    }));
  }

  return {
    list: (municipalityId: string, queues: readonly string[]) => select(municipalityId, queues),

    async find(municipalityId: string, queues: readonly string[], jobId: string): Promise<FailedJobRow | undefined> {
      return (await select(municipalityId, queues, jobId))[0];
    },
  };
}

export type FailedNotificationsRepository = ReturnType<typeof createFailedNotificationsRepository>;
