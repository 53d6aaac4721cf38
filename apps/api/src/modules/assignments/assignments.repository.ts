import { and, asc, eq, ilike, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { caseAssignees, caseEvents, cases, staff } from '../../db/schema/index.js';

/** Staff who handle cases and so can be assigned one. */
const ASSIGNABLE_ROLES = ['caseworker', 'assistant'] as const;

const likeAnywhere = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

export function createAssignmentsRepository(db: Database) {
  return {
    assignees(executor: Database, caseId: string) {
      return executor
        .select({ id: staff.id, name: staff.displayName, username: staff.username })
        .from(caseAssignees)
        .innerJoin(staff, eq(staff.id, caseAssignees.staffId))
        .where(eq(caseAssignees.caseId, caseId))
        .orderBy(asc(staff.displayName));
    },

    /** The municipality's caseworkers and assistants; a municipality has a few hundred at most. */
    colleagues(municipalityId: string, search: string | undefined) {
      return db
        .select({
          id: staff.id,
          name: staff.displayName,
          username: staff.username,
          role: staff.role,
          restricted: staff.restricted,
        })
        .from(staff)
        .where(
          and(
            eq(staff.municipalityId, municipalityId),
            inArray(staff.role, [...ASSIGNABLE_ROLES]),
            search ? ilike(staff.displayName, likeAnywhere(search)) : undefined,
          ),
        )
        .orderBy(asc(staff.displayName))
        .limit(50);
    },

    async assignableIds(municipalityId: string, staffIds: string[]) {
      if (staffIds.length === 0) return new Set<string>();
      const rows = await db
        .select({ id: staff.id })
        .from(staff)
        .where(
          and(
            eq(staff.municipalityId, municipalityId),
            inArray(staff.role, [...ASSIGNABLE_ROLES]),
            inArray(staff.id, staffIds),
          ),
        );
      return new Set(rows.map((row) => row.id));
    },

    /** Serialises changes to one case's assignees, so two people reassigning at once cannot interleave. */
    async lockCase(tx: Database, caseId: string) {
      await tx.select({ id: cases.id }).from(cases).where(eq(cases.id, caseId)).for('update');
    },

    async add(tx: Database, caseId: string, staffId: string) {
      const rows = await tx
        .insert(caseAssignees)
        .values({ caseId, staffId })
        .onConflictDoNothing()
        .returning({ staffId: caseAssignees.staffId });
      return rows.length === 1;
    },

    async remove(tx: Database, caseId: string, staffId: string) {
      const rows = await tx
        .delete(caseAssignees)
        .where(and(eq(caseAssignees.caseId, caseId), eq(caseAssignees.staffId, staffId)))
        .returning({ staffId: caseAssignees.staffId });
      return rows.length === 1;
    },

    async insertEvent(tx: Database, values: typeof caseEvents.$inferInsert) {
      await tx.insert(caseEvents).values(values);
    },
  };
}

export type AssignmentsRepository = ReturnType<typeof createAssignmentsRepository>;
