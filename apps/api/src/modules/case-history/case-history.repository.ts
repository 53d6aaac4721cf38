import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.js';
import { applicants, caseEvents, staff } from '../../db/schema/index.js';

const actorStaff = alias(staff, 'actor_staff');
const actorApplicant = alias(applicants, 'actor_applicant');
const subjectStaff = alias(staff, 'subject_staff');

export function createCaseHistoryRepository(db: Database) {
  return {
    /** Every event, oldest first, with the names of who did it and of the colleague it concerns (assignments). */
    events(caseId: string) {
      return db
        .select({
          id: caseEvents.id,
          type: caseEvents.type,
          actorKind: caseEvents.actorKind,
          actorId: caseEvents.actorId,
          actorName: sql<
            string | null
          >`coalesce(${actorStaff.displayName}, ${actorApplicant.givenName} || ' ' || ${actorApplicant.familyName})`,
          subjectId: subjectStaff.id,
          subjectName: subjectStaff.displayName,
          data: caseEvents.data,
          createdAt: caseEvents.createdAt,
        })
        .from(caseEvents)
        .leftJoin(actorStaff, and(eq(caseEvents.actorKind, 'staff'), eq(actorStaff.id, caseEvents.actorId)))
        .leftJoin(actorApplicant, and(eq(caseEvents.actorKind, 'applicant'), eq(actorApplicant.id, caseEvents.actorId)))
        .leftJoin(subjectStaff, eq(subjectStaff.id, sql`(${caseEvents.data} ->> 'staffId')::uuid`))
        .where(eq(caseEvents.caseId, caseId))
        .orderBy(asc(caseEvents.createdAt), asc(caseEvents.id));
    },
  };
}

export type CaseHistoryRepository = ReturnType<typeof createCaseHistoryRepository>;
