import { and, count, desc, eq, exists, not, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { applicants, caseAssignees, cases, staff } from '../../db/schema/index.js';

export type InboxTab = 'unassigned' | 'all';

export interface InboxScope {
  municipalityId: string;
  /** Set for restricted caseworkers: only cases assigned to this staff member are visible. */
  onlyAssignedTo: string | null;
}

const hasAssignee = (staffId?: string) =>
  exists(
    sql`(select 1 from ${caseAssignees} where ${caseAssignees.caseId} = ${cases.id}${
      staffId ? sql` and ${caseAssignees.staffId} = ${staffId}` : sql``
    })`,
  );

function scopeCondition(scope: InboxScope): SQL {
  const conditions = [eq(cases.municipalityId, scope.municipalityId)];
  if (scope.onlyAssignedTo) conditions.push(hasAssignee(scope.onlyAssignedTo));
  return and(...conditions)!;
}

function tabCondition(tab: InboxTab): SQL | undefined {
  return tab === 'unassigned' ? and(eq(cases.status, 'submitted'), not(hasAssignee())) : undefined;
}

const applicantName = sql<string>`${applicants.givenName} || ' ' || ${applicants.familyName}`;

const assigneeNames = sql<string | null>`(select string_agg(${staff.displayName}, ', ' order by ${staff.displayName})
  from ${caseAssignees} join ${staff} on ${staff.id} = ${caseAssignees.staffId}
  where ${caseAssignees.caseId} = ${cases.id})`;

export function createInboxRepository(db: Database) {
  async function countWhere(condition: SQL | undefined) {
    const [row] = await db.select({ value: count() }).from(cases).where(condition);
    return row?.value ?? 0;
  }

  return {
    async list(scope: InboxScope, tab: InboxTab, page: number, pageSize: number) {
      const where = and(scopeCondition(scope), tabCondition(tab));
      const items = await db
        .select({
          id: cases.id,
          caseNumber: cases.caseNumber,
          applicantName,
          period: cases.period,
          status: cases.status,
          submittedAt: cases.submittedAt,
          assigneeName: assigneeNames,
        })
        .from(cases)
        .innerJoin(applicants, eq(applicants.id, cases.applicantId))
        .where(where)
        .orderBy(desc(cases.submittedAt), desc(cases.id))
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      const [total, unassigned, all] = await Promise.all([
        countWhere(where),
        countWhere(and(scopeCondition(scope), tabCondition('unassigned'))),
        countWhere(scopeCondition(scope)),
      ]);
      return { items, total, counts: { unassigned, all } };
    },

    async find(scope: InboxScope, caseId: string) {
      const [row] = await db
        .select({
          id: cases.id,
          caseNumber: cases.caseNumber,
          formId: cases.formId,
          formVersion: cases.formVersion,
          period: cases.period,
          status: cases.status,
          submittedAt: cases.submittedAt,
          data: cases.data,
          applicant: {
            name: applicantName,
            personnummer: applicants.personnummer,
          },
        })
        .from(cases)
        .innerJoin(applicants, eq(applicants.id, cases.applicantId))
        .where(and(scopeCondition(scope), eq(cases.id, caseId)));
      return row;
    },
  };
}

export type InboxRepository = ReturnType<typeof createInboxRepository>;
