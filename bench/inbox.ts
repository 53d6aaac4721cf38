/**
 * The inbox benchmark (`pnpm bench:inbox`): seeds 1,000,000 cases over 50 municipalities into a
 * throwaway PostgreSQL (or the server at DATABASE_URL), then times the inbox repository's real queries
 * for every tab, sort and search, and writes the results and the query plans to docs/benchmarks.md.
 *
 * BENCH_CASES and BENCH_RUNS make a quicker run (e.g. BENCH_CASES=100000 BENCH_RUNS=5) for trying changes;
 * the document is written only by a full run unless BENCH_WRITE=1.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { luhnCheckDigit } from '../packages/schema/src/common/personnummer.js';
import { createDatabase, dropDatabase, postgresForTests } from '../packages/testing/src/index.js';
import { openDatabase } from '../apps/api/src/db/client.js';
import { runMigrations } from '../apps/api/src/db/migrate.js';
import { parseInboxSearch } from '../apps/api/src/modules/inbox/inbox-search.js';
import { createInboxRepository, type InboxPageRequest } from '../apps/api/src/modules/inbox/inbox.repository.js';
import { inboxSortKeys, inboxTabs } from '../apps/api/src/modules/inbox/inbox.schemas.js';
import { statementRecorder, time, type Statement, type Timing } from './measure.js';
import { seedCases, selectRows } from './seed-cases.js';

const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const MUNICIPALITIES = 50;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const PAGE_SIZE = 25;
// The deepest page the inbox query schema allows (offset below 10 000).
const DEEP_PAGE = 400;

const log = (line: string) => console.log(line);

interface Scenario {
  group: string;
  name: string;
  request: InboxPageRequest;
  restricted?: boolean;
}

const page = (overrides: Partial<InboxPageRequest> & { search?: string }): InboxPageRequest => {
  const { search, ...rest } = overrides;
  return {
    tab: 'all',
    sort: 'submittedAt',
    order: 'desc',
    page: 1,
    pageSize: PAGE_SIZE,
    ...rest,
    filters: { search: search ? parseInboxSearch(search) : null, statuses: [], ...rest.filters },
  };
};

async function main() {
  const started = performance.now();
  const server = await postgresForTests();
  const name = `ebistans_bench_${process.pid}`;
  const url = await createDatabase(server.adminUrl, name);
  const handle = openDatabase({ kind: 'postgres', url, poolSize: 10 });
  try {
    await runMigrations(handle);
    const { db } = handle;
    log(`Seeding ${CASES} cases over ${MUNICIPALITIES} municipalities`);
    const seedStarted = performance.now();
    await seedCases(db, { municipalities: MUNICIPALITIES, cases: CASES }, log);
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    const first = (await selectRows<{ id: string }>(db, `select id from municipalities where slug = 'bench-1'`))[0]!;
    const member = async (n: number) =>
      (await selectRows<{ id: string }>(db, `select id from staff where username = 'bench-1-${n}'`))[0]!.id;
    const caseworker = await member(1);
    const restricted = await member(15);

    // A valid personnummer for one applicant with cases (the seed's are unique but not Luhn-valid).
    const nine = '3501011234'.slice(0, 9);
    const personnummer = `19${nine}${luhnCheckDigit(nine)}`;
    await db.execute(
      `update applicants set personnummer = '${personnummer}'
       where id = (select applicant_id from cases where municipality_id = '${first.id}' order by submitted_at desc limit 1)`,
    );
    const caseNumber = (
      await selectRows<{ case_number: string }>(
        db,
        `select case_number from cases where municipality_id = '${first.id}' order by submitted_at limit 1 offset ${Math.floor(CASES / MUNICIPALITIES / 2)}`,
      )
    )[0]!.case_number;
    const latestPeriod = (
      await selectRows<{ period: string }>(
        db,
        `select max(period) as period from cases where municipality_id = '${first.id}'`,
      )
    )[0]!.period;
    const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);

    const scenarios: Scenario[] = [
      ...inboxTabs.flatMap((tab) => [
        { group: 'Tab, page 1', name: tab, request: page({ tab }) },
        { group: `Tab, page ${DEEP_PAGE}`, name: tab, request: page({ tab, page: DEEP_PAGE }) },
      ]),
      ...inboxSortKeys.flatMap((sort) =>
        (['asc', 'desc'] as const).map((order) => ({
          group: 'Sort (Alla, page 1)',
          name: `${sort} ${order}`,
          request: page({ sort, order }),
        })),
      ),
      ...inboxSortKeys.map((sort) => ({
        group: `Sort (Alla, page ${DEEP_PAGE})`,
        name: `${sort} asc`,
        request: page({ sort, order: 'asc', page: DEEP_PAGE }),
      })),
      { group: 'Search (Alla)', name: 'case number', request: page({ search: caseNumber }) },
      { group: 'Search (Alla)', name: 'personnummer', request: page({ search: personnummer }) },
      { group: 'Search (Alla)', name: 'name, one word ("Anna")', request: page({ search: 'Anna' }) },
      { group: 'Search (Alla)', name: 'name, two prefixes ("and lind")', request: page({ search: 'and lind' }) },
      {
        group: 'Search (Alla)',
        name: 'name, sorted by applicant ("Ö")',
        request: page({ search: 'ö', sort: 'applicant' }),
      },
      {
        group: 'Filter (Alla)',
        name: 'status in_progress',
        request: page({ filters: { search: null, statuses: ['in_progress'] } }),
      },
      {
        group: 'Filter (Alla)',
        name: `period ${latestPeriod}`,
        request: page({ filters: { search: null, statuses: [], period: latestPeriod } }),
      },
      {
        group: 'Filter (Alla)',
        name: 'submitted in the last 30 days',
        request: page({ filters: { search: null, statuses: [], submittedFrom: monthAgo } }),
      },
      {
        group: 'Filter (Alla)',
        name: 'form nyansökan, page 40',
        request: page({ page: 40, filters: { search: null, statuses: [], formId: 'ekonomiskt-bistand-nyansokan' } }),
      },
      ...(['all', 'mine'] as const).map((tab) => ({
        group: 'Restricted caseworker',
        name: tab,
        request: page({ tab }),
        restricted: true,
      })),
    ];

    const repository = createInboxRepository(db);
    const recorder = statementRecorder(db);
    const call = (scenario: Scenario) => () =>
      repository.list(
        { municipalityId: first.id, onlyAssignedTo: scenario.restricted ? restricted : null },
        scenario.restricted ? restricted : caseworker,
        scenario.request,
      );

    const results: { scenario: Scenario; timing: Timing; rows: number; total: number }[] = [];
    for (const scenario of scenarios) {
      const result = await call(scenario)();
      const timing = await time(call(scenario), RUNS);
      results.push({ scenario, timing, rows: result.items.length, total: result.total });
      log(`${scenario.group} / ${scenario.name}: p50 ${timing.p50.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms`);
    }

    // Every statement of every scenario, planned: none may read a whole table.
    const sequentialScans = new Set<string>();
    const statementsOf = new Map<Scenario, Statement[]>();
    for (const { scenario } of results) {
      const statements = await recorder.capture(call(scenario));
      statementsOf.set(scenario, statements);
      for (const statement of statements) {
        const plan = await recorder.explain(statement, false);
        for (const match of plan.matchAll(/Seq Scan on (\w+)/g))
          sequentialScans.add(`${match[1]} (${scenario.group} / ${scenario.name})`);
      }
    }

    const slowest = [...results].sort((a, b) => b.timing.p95 - a.timing.p95).slice(0, 3);
    const plans: string[] = [];
    for (const { scenario } of slowest) {
      // One at a time, so each statement's time is its own.
      const analysed: { plan: string; ms: number; text: string }[] = [];
      for (const statement of statementsOf.get(scenario)!) {
        const plan = await recorder.explain(statement, true);
        const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? 0);
        analysed.push({ plan, ms, text: statement.text });
      }
      const byTime = [...analysed].sort((a, b) => b.ms - a.ms);
      const times = analysed.map(
        ({ text, ms }) => `${/^select count/i.test(text) ? 'count' : 'page'} ${ms.toFixed(1)}`,
      );
      plans.push(
        `#### ${scenario.group} / ${scenario.name}\n\n` +
          `Execution time of each of its ${analysed.length} statements, in ms: ${times.join(', ')}. The slowest:\n\n` +
          `\`\`\`\n${byTime[0]!.plan}\n\`\`\``,
      );
    }

    const version = (await selectRows<{ version: string }>(db, 'select version()'))[0]!.version;
    const report = [
      `Run on ${new Date().toISOString().slice(0, 10)} with ${CASES.toLocaleString('en')} cases over ${MUNICIPALITIES} municipalities ` +
        `(${(CASES / MUNICIPALITIES).toLocaleString('en')} per municipality), ${RUNS} timed runs per query after 2 warm-up runs.`,
      '',
      `- Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}`,
      `- Database: ${version.split(',')[0]}, throwaway cluster with default memory settings (shared_buffers 128 MB), fsync off`,
      `- Node ${process.version}; the repository's pool has 10 connections, so the tab counts run in parallel`,
      `- Seeding took ${seedSeconds.toFixed(0)} s; the whole run ${((performance.now() - started) / 60_000).toFixed(1)} min`,
      '',
      'Each time is one `inboxRepository.list` call as the API makes it: the page, the count of every tab and, with',
      'a search or filter, the filtered total. As a caseworker of municipality 1 unless noted.',
      '',
      '| group | query | rows | total | p50 ms | p95 ms |',
      '|---|---|---:|---:|---:|---:|',
      ...results.map(
        ({ scenario, timing, rows, total }) =>
          `| ${scenario.group} | ${scenario.name} | ${rows} | ${total} | ${timing.p50.toFixed(1)} | ${timing.p95.toFixed(1)} |`,
      ),
      '',
      sequentialScans.size === 0
        ? 'No statement of any query plans a sequential scan of any table.'
        : `Sequential scans planned: ${[...sequentialScans].join('; ')}.`,
      '',
      '### Plans of the three slowest queries',
      '',
      ...plans,
    ].join('\n');

    if (CASES === 1_000_000 || process.env.BENCH_WRITE === '1') {
      const documentPath = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));
      const document = readFileSync(documentPath, 'utf8');
      const start = '<!-- inbox-benchmark:start -->';
      const end = '<!-- inbox-benchmark:end -->';
      const before = document.slice(0, document.indexOf(start) + start.length);
      const after = document.slice(document.indexOf(end));
      writeFileSync(documentPath, `${before}\n${report}\n${after}`);
      // Tables aligned as the repository's formatter has them, so a new run changes only the numbers.
      execFileSync('pnpm', ['exec', 'prettier', '--write', documentPath], { stdio: 'ignore' });
      log('Results written to docs/benchmarks.md');
    } else {
      log(report);
    }
  } finally {
    await handle.close();
    await dropDatabase(server.adminUrl, name);
    await server.stop();
  }
}

await main();
