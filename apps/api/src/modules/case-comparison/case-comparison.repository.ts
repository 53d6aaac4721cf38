import { and, desc, eq, lt, ne, or } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { cases } from '../../db/schema/index.js';
import { caseScopeCondition, type CaseScope } from '../../lib/case-access.js';

const comparedColumns = {
  id: cases.id,
  caseNumber: cases.caseNumber,
  applicantId: cases.applicantId,
  formId: cases.formId,
  formVersion: cases.formVersion,
  period: cases.period,
  submittedAt: cases.submittedAt,
  data: cases.data,
};

export interface ComparedCase {
  id: string;
  caseNumber: string;
  applicantId: string;
  formId: string;
  formVersion: number;
  period: string;
  submittedAt: Date;
  data: Record<string, unknown>;
}

export function createCaseComparisonRepository(db: Database) {
  return {
    async find(caseId: string): Promise<ComparedCase | undefined> {
      const [row] = await db.select(comparedColumns).from(cases).where(eq(cases.id, caseId));
      return row;
    },

    /**
     * The applicant's application of the same form just before this one: the latest earlier month, or
     * an earlier one for the same month. Test and withdrawn cases are no one's last month; cases the
     * caller may not see (another municipality's, or for a restricted caseworker one not assigned to
     * them) are left out too.
     */
    async previous(scope: CaseScope, current: ComparedCase): Promise<ComparedCase | undefined> {
      const [row] = await db
        .select(comparedColumns)
        .from(cases)
        .where(
          and(
            caseScopeCondition(scope),
            eq(cases.applicantId, current.applicantId),
            eq(cases.formId, current.formId),
            eq(cases.isTest, false),
            ne(cases.status, 'withdrawn'),
            ne(cases.id, current.id),
            or(
              lt(cases.period, current.period),
              and(eq(cases.period, current.period), lt(cases.submittedAt, current.submittedAt)),
            ),
          ),
        )
        .orderBy(desc(cases.period), desc(cases.submittedAt))
        .limit(1);
      return row;
    },
  };
}

export type CaseComparisonRepository = ReturnType<typeof createCaseComparisonRepository>;
