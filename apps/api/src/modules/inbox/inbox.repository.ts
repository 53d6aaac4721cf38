import { and, count, desc, eq, not, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { applicants, caseAssignees, cases, staff } from '../../db/schema/index.js';
import { caseScopeCondition, hasAssignee, type CaseScope } from '../../lib/case-access.js';

export type InboxTab = 'unassigned' | 'all';

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
    async list(scope: CaseScope, tab: InboxTab, page: number, pageSize: number) {
      const where = and(caseScopeCondition(scope), tabCondition(tab));
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
        countWhere(and(caseScopeCondition(scope), tabCondition('unassigned'))),
        countWhere(caseScopeCondition(scope)),
      ]);
      return { items, total, counts: { unassigned, all } };
    },

    async find(scope: CaseScope, caseId: string) {
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
          pdfStorageKey: cases.pdfStorageKey,
          applicant: {
            name: applicantName,
            personnummer: applicants.personnummer,
          },
        })
        .from(cases)
        .innerJoin(applicants, eq(applicants.id, cases.applicantId))
        .where(and(caseScopeCondition(scope), eq(cases.id, caseId)));
      return row;
    },
  };
}

export type InboxRepository = ReturnType<typeof createInboxRepository>;
