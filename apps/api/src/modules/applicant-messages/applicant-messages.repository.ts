import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { applicantScopeCondition, type ApplicantScope } from '../../lib/applicant-access.js';
import { applicants, messages, staff } from '../../db/schema/index.js';

/** Messages between the municipality and an applicant that belong to no case. */
const outsideCases = (applicantId: string) => and(eq(messages.applicantId, applicantId), isNull(messages.caseId));

export function createApplicantMessagesRepository(db: Database) {
  return {
    async findApplicant(scope: ApplicantScope, applicantId: string) {
      const [row] = await db
        .select({ id: applicants.id, municipalityId: applicants.municipalityId })
        .from(applicants)
        .where(and(eq(applicants.id, applicantId), applicantScopeCondition(scope)));
      return row;
    },

    async list(applicantId: string) {
      return db
        .select({
          id: messages.id,
          direction: messages.direction,
          body: messages.body,
          authorName: staff.displayName,
          readAt: messages.readAt,
          createdAt: messages.createdAt,
        })
        .from(messages)
        .leftJoin(staff, eq(staff.id, messages.authorStaffId))
        .where(outsideCases(applicantId))
        .orderBy(asc(messages.createdAt));
    },

    async markRead(applicantId: string, direction: 'to_applicant' | 'from_applicant') {
      await db
        .update(messages)
        .set({ readAt: new Date() })
        .where(and(outsideCases(applicantId), eq(messages.direction, direction), isNull(messages.readAt)));
    },

    async insert(tx: Database, values: Omit<typeof messages.$inferInsert, 'caseId'>) {
      const [row] = await tx.insert(messages).values(values).returning({ id: messages.id });
      return row!;
    },
  };
}

export type ApplicantMessagesRepository = ReturnType<typeof createApplicantMessagesRepository>;
