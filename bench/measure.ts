import type { Database } from '../apps/api/src/db/client.js';

export interface Statement {
  text: string;
  values: unknown[];
}

interface QueryablePool {
  query: (...args: unknown[]) => Promise<unknown>;
}

/**
 * Records the SQL the repository sends while `capture` is on, by wrapping the pool's query method, so
 * the plans shown are those of the real repository queries and not of copies.
 */
export function statementRecorder(db: Database) {
  const pool = (db as unknown as { $client: QueryablePool }).$client;
  const original = pool.query.bind(pool);
  let recording: Statement[] | null = null;
  pool.query = (...args: unknown[]) => {
    if (recording) {
      // pg takes (text, values) or ({ text, values? }, values?).
      const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
      const text = typeof first === 'string' ? first : first.text;
      const values = (typeof first === 'string' ? undefined : first.values) ?? second ?? [];
      recording.push({ text, values });
    }
    return original(...args);
  };
  return {
    async capture(run: () => Promise<unknown>): Promise<Statement[]> {
      recording = [];
      try {
        await run();
        return recording;
      } finally {
        recording = null;
      }
    },
    /** EXPLAIN ANALYZE of one recorded statement, run with its own parameters. */
    async explain(statement: Statement, analyze: boolean): Promise<string> {
      const options = analyze ? '(analyze, buffers, costs off, summary on)' : '(costs off)';
      const result = (await original({
        text: `explain ${options} ${statement.text}`,
        values: statement.values,
      })) as { rows: { 'QUERY PLAN': string }[] };
      return result.rows.map((row) => row['QUERY PLAN']).join('\n');
    },
  };
}

export interface Timing {
  p50: number;
  p95: number;
  max: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

/** Runs `run` a few times to warm the caches, then `runs` times measured, one after the other. */
export async function time(run: () => Promise<unknown>, runs: number, warmup = 2): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await run();
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  return { p50: percentile(durations, 0.5), p95: percentile(durations, 0.95), max: durations.at(-1)! };
}
