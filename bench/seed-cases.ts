import type { Database } from '../apps/api/src/db/client.js';

export interface SeedSize {
  municipalities: number;
  cases: number;
}

const givenNames = [
  'Anna',
  'Maria',
  'Eva',
  'Karin',
  'Sara',
  'Lena',
  'Emma',
  'Kerstin',
  'Ingrid',
  'Linnea',
  'Elsa',
  'Maja',
  'Fatima',
  'Amina',
  'Olga',
  'Åsa',
  'Erik',
  'Lars',
  'Karl',
  'Anders',
  'Johan',
  'Per',
  'Mikael',
  'Jan',
  'Ahmed',
  'Mohammed',
  'Ali',
  'Omar',
  'Nils',
  'Lars-Erik',
  'Björn',
  'Örjan',
  'Jonas',
  'Oscar',
  'Hugo',
  'Leo',
];
const familyNames = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Jansson',
  'Hansson',
  'Bengtsson',
  'Jönsson',
  'Lindberg',
  'Jakobsson',
  'Magnusson',
  'Olofsson',
  'Lindström',
  'Lindqvist',
  'Lindgren',
  'Axelsson',
  'Berg',
  'Bergström',
  'Lundberg',
  'Lind',
  'Lundgren',
  'Lundqvist',
  'Mattsson',
  'Berglund',
  'Fredriksson',
  'Sandberg',
  'Henriksson',
  'Ali',
  'Mohammed',
  'Ahmed',
  'Hassan',
  'Hussein',
  'Nguyen',
  'Öberg',
  'Åberg',
  'Ström',
  'Holm',
  'Sjöberg',
  'Wallin',
];

/** The rows of a raw query; the app's Database type leaves the driver's result shape open. */
export async function selectRows<Row>(db: Database, statement: string): Promise<Row[]> {
  const result: unknown = await db.execute(statement);
  return (result as { rows: Row[] }).rows;
}

const textArray = (values: string[]) => `array[${values.map((value) => `'${value}'`).join(',')}]`;

/** A stable pseudo-random number in [0, 1) from an integer, so runs seed the same data. */
const fraction = (expression: string, salt: number) =>
  `((hashint8((${expression})::bigint + ${salt}) & 1048575) / 1048576.0)`;

/**
 * Whole tables in a few statements with generate_series: row-by-row inserts would take an hour. The
 * cases' indexes are dropped during the load and rebuilt from their own definitions afterwards, which
 * is several times faster than maintaining them row by row.
 */
export async function seedCases(database: Database, size: SeedSize, log: (line: string) => void) {
  // One transaction, so that the settings and temporary tables below stay on one connection of the pool.
  await database.transaction((tx) => seedInTransaction(tx, size, log));
  // As autovacuum would have long since done on a real database: statistics, and the visibility map that
  // lets counts read only the index.
  const started = performance.now();
  await database.execute('vacuum analyze');
  log(`  vacuum analyze: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function seedInTransaction(db: Database, size: SeedSize, log: (line: string) => void) {
  const run = async (label: string, statement: string) => {
    const started = performance.now();
    await db.execute(statement);
    log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  const applicantsPer = Math.round(size.cases / size.municipalities / 5);
  const staffPer = 20;

  await db.execute(`set local maintenance_work_mem = '512MB'`);
  await db.execute(`set local work_mem = '64MB'`);
  // The rows are made consistent by construction; checking each foreign key row by row would double the
  // time. (Needs a superuser, which the throwaway cluster's is.)
  await db.execute(`set local session_replication_role = replica`);
  await run(
    'municipalities',
    `insert into municipalities (slug, name)
     select 'bench-' || m, 'Benchkommun ' || m from generate_series(1, ${size.municipalities}) m`,
  );
  await db.execute(`create temporary table bench_municipalities on commit drop as
    select id, row_number() over (order by slug) as n from municipalities where slug like 'bench-%'`);

  // Per municipality: 16 caseworkers (the last two restricted), 2 assistants and 2 administrators.
  await run(
    'staff',
    `insert into staff (municipality_id, username, display_name, role, restricted, mobile)
     select m.id, 'bench-' || m.n || '-' || s,
            (${textArray(givenNames)})[1 + (s * 7 + m.n) % ${givenNames.length}] || ' ' ||
            (${textArray(familyNames)})[1 + (s * 11 + m.n) % ${familyNames.length}],
            case when s <= 16 then 'caseworker' when s <= 18 then 'assistant' else 'admin' end,
            s in (15, 16), '07' || lpad((m.n * 100 + s)::text, 8, '0')
     from bench_municipalities m, generate_series(1, ${staffPer}) s`,
  );
  await db.execute(`create temporary table bench_staff on commit drop as
    select st.id, m.n as m, row_number() over (partition by m.n order by st.username) as n
    from staff st join bench_municipalities m on m.id = st.municipality_id`);

  await run(
    `applicants (${applicantsPer} per municipality)`,
    `insert into applicants (municipality_id, personnummer, given_name, family_name)
     select m.id, '19' || to_char(date '1940-01-01' + (a % 20000), 'YYYYMMDD') || lpad((a / 20000)::text, 4, '0'),
            (${textArray(givenNames)})[1 + floor(${fraction('a * 100 + m.n', 1)} * ${givenNames.length})::int],
            (${textArray(familyNames)})[1 + floor(${fraction('a * 100 + m.n', 2)} * ${familyNames.length})::int]
     from bench_municipalities m, generate_series(1, ${applicantsPer}) a`,
  );
  await db.execute(`create temporary table bench_applicants on commit drop as
    select a.id, m.n as m, row_number() over (partition by m.n order by a.id) as n
    from applicants a join bench_municipalities m on m.id = a.municipality_id`);
  await db.execute(`create index on bench_applicants (m, n)`);

  const indexes = await selectRows<{ indexname: string; indexdef: string }>(
    db,
    `select indexname, indexdef from pg_indexes
     where tablename = 'cases' and indexname not in (select conname from pg_constraint where conrelid = 'cases'::regclass)`,
  );
  for (const index of indexes) await db.execute(`drop index "${index.indexname}"`);

  // Three years of cases, oldest first, so case numbers follow the submission time. Old cases are mostly
  // closed (some handed over to the case system), recent ones spread over the active statuses; 0.2 % are
  // test cases made in the e-service's test mode.
  const age = `(${size.cases} - i)::float / ${size.cases}`;
  await run(
    `cases (${size.cases})`,
    `insert into cases (municipality_id, case_number, form_id, form_version, period, data, applicant_id,
                        co_applicant_personnummer, channel, status, colour, due_at, submitted_at, closed_at,
                        taken_over_at, is_test)
     select m.id, to_char(c.submitted_at, 'YYYY') || '-' || lpad((i / ${size.municipalities})::text, 6, '0'),
            case when ${fraction('i', 3)} < 0.1 then 'ekonomiskt-bistand-nyansokan' else 'ekonomiskt-bistand-manadsansokan' end,
            case when ${fraction('i', 3)} < 0.1 then 1 else 2 end,
            to_char(c.submitted_at + interval '10 days', 'YYYY-MM'),
            jsonb_build_object('period', to_char(c.submitted_at + interval '10 days', 'YYYY-MM'),
              'household', jsonb_build_object('adults', 1 + (i % 2), 'children', i % 4),
              'housing', jsonb_build_object('kind', 'rent', 'rent', 4000 + i % 9000),
              'incomes', jsonb_build_array(jsonb_build_object('kind', 'salary', 'amount', i % 15000))),
            a.id,
            case when i % 5 = 0 then '19' || to_char(date '1960-01-01' + (i % 15000), 'YYYYMMDD') || lpad((i % 9973)::text, 4, '0') end,
            case when i % 40 = 0 then 'paper' else 'web' end,
            c.status,
            case when ${fraction('i', 4)} < 0.08 then (array['red','orange','yellow','green','blue','purple','grey'])[1 + i % 7] end,
            c.submitted_at + interval '14 days', c.submitted_at,
            case when c.status in ('closed', 'withdrawn') then c.submitted_at + interval '20 days' end,
            case when c.status in ('closed', 'decided') and c.age > 0.05 and ${fraction('i', 5)} < 0.15
                 then c.submitted_at + interval '18 days' end,
            ${fraction('i', 6)} < 0.002
     from generate_series(1, ${size.cases}) i
     cross join lateral (
       select now() - ${age} * interval '3 years' as submitted_at, ${age} as age,
              case
                when ${age} > 0.05 then
                  case when ${fraction('i', 7)} < 0.85 then 'closed'
                       when ${fraction('i', 7)} < 0.92 then 'withdrawn' else 'decided' end
                else
                  case when ${fraction('i', 7)} < 0.30 then 'submitted'
                       when ${fraction('i', 7)} < 0.60 then 'in_progress'
                       when ${fraction('i', 7)} < 0.70 then 'awaiting_supplement'
                       when ${fraction('i', 7)} < 0.75 then 'supplemented'
                       when ${fraction('i', 7)} < 0.95 then 'decided' else 'withdrawn' end
              end as status
     ) c
     join bench_municipalities m on m.n = 1 + i % ${size.municipalities}
     join bench_applicants a on a.m = m.n and a.n = 1 + (i / ${size.municipalities}) % ${applicantsPer}`,
  );
  for (const index of indexes) await run(`index ${index.indexname}`, index.indexdef);

  // Every case a caseworker has touched has one (a few two) of the municipality's caseworkers; new
  // submitted cases mostly have none yet (the Obehandlade tab).
  // One caseworker for each, a second for a tenth of them: both picked by number, so the join is on equality.
  await run(
    'case_assignees',
    `insert into case_assignees (case_id, staff_id)
     select c.id, s.id
     from (select c.id, m.n as m, (hashint8(hashtext(c.id::text)::bigint) & 2147483647) as h
           from cases c join bench_municipalities m on m.id = c.municipality_id
           where c.status <> 'submitted' or hashtext(c.id::text) % 5 = 0) c
     cross join lateral unnest(case when c.h % 10 = 0 then array[1 + c.h % 16, 1 + (c.h / 16) % 16]
                                    else array[1 + c.h % 16] end) as picked(n)
     join bench_staff s on s.m = c.m and s.n = picked.n
     on conflict do nothing`,
  );
  await run(
    'case_flags',
    `insert into case_flags (staff_id, case_id)
     select a.staff_id, a.case_id from case_assignees a where hashtext(a.case_id::text) % 50 = 0`,
  );
}
