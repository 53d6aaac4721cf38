import { and, eq, isNotNull, ne } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { caseAssignees, cases, municipalities, staff } from '../../db/schema/index.js';

const hasEmail = and(isNotNull(staff.email), ne(staff.email, ''));

/** Who on the staff side hears of a case's events, read when the notification is sent. */
export function createStaffRecipientsRepository(db: Database) {
  return {
    async findCase(caseId: string) {
      const [row] = await db
        .select({
          municipalityId: cases.municipalityId,
          isTest: cases.isTest,
          municipalityName: municipalities.name,
          municipalitySettings: municipalities.settings,
        })
        .from(cases)
        .innerJoin(municipalities, eq(municipalities.id, cases.municipalityId))
        .where(eq(cases.id, caseId));
      return row;
    },

    /** The case's assignees with an address; with a staff id, that one only if still assigned. */
    assignees(caseId: string, staffId?: string) {
      return db
        .select({ id: staff.id, email: staff.email })
        .from(caseAssignees)
        .innerJoin(staff, eq(staff.id, caseAssignees.staffId))
        .where(and(eq(caseAssignees.caseId, caseId), staffId ? eq(staff.id, staffId) : undefined, hasEmail));
    },

    /** The municipality's caseworkers who see every case (restricted ones see only theirs). */
    caseworkers(municipalityId: string) {
      return db
        .select({ id: staff.id, email: staff.email })
        .from(staff)
        .where(
          and(
            eq(staff.municipalityId, municipalityId),
            eq(staff.role, 'caseworker'),
            eq(staff.restricted, false),
            hasEmail,
          ),
        );
    },
  };
}

export type StaffRecipientsRepository = ReturnType<typeof createStaffRecipientsRepository>;
