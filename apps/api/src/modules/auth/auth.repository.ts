import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { applicants, loginChallenges, municipalities, sessions, staff, type SubjectKind } from '../../db/schema/index.js';

export function createAuthRepository(db: Database) {
  return {
    async findApplicant(municipalitySlug: string, personnummer: string) {
      const [row] = await db
        .select({ applicant: applicants })
        .from(applicants)
        .innerJoin(municipalities, eq(municipalities.id, applicants.municipalityId))
        .where(and(eq(municipalities.slug, municipalitySlug), eq(applicants.personnummer, personnummer)));
      return row?.applicant;
    },

    async findStaffByUsername(username: string) {
      const [row] = await db.select().from(staff).where(eq(staff.username, username));
      return row;
    },

    async createChallenge(values: typeof loginChallenges.$inferInsert) {
      const [row] = await db.insert(loginChallenges).values(values).returning();
      return row!;
    },

    async findChallenge(id: string) {
      const [row] = await db.select().from(loginChallenges).where(eq(loginChallenges.id, id));
      return row;
    },

    async countFailedAttempt(id: string) {
      await db
        .update(loginChallenges)
        .set({ attempts: sql`${loginChallenges.attempts} + 1` })
        .where(eq(loginChallenges.id, id));
    },

    /** Marks the challenge used; false when another request consumed it first. */
    async consumeChallenge(id: string) {
      const rows = await db
        .update(loginChallenges)
        .set({ consumedAt: new Date() })
        .where(and(eq(loginChallenges.id, id), isNull(loginChallenges.consumedAt)))
        .returning({ id: loginChallenges.id });
      return rows.length === 1;
    },

    async createSession(values: {
      subjectKind: SubjectKind;
      applicantId?: string;
      staffId?: string;
      municipalityId: string | null;
    }) {
      const [row] = await db.insert(sessions).values(values).returning();
      return row!;
    },

    async findSession(id: string) {
      const [row] = await db
        .select({
          session: sessions,
          staffRole: staff.role,
          staffRestricted: staff.restricted,
        })
        .from(sessions)
        .leftJoin(staff, eq(staff.id, sessions.staffId))
        .where(eq(sessions.id, id));
      return row;
    },

    async touchSession(id: string) {
      await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, id));
    },

    async revokeSession(id: string) {
      await db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, id));
    },

    async describeApplicant(id: string) {
      const [row] = await db
        .select({ applicant: applicants, municipality: municipalities })
        .from(applicants)
        .innerJoin(municipalities, eq(municipalities.id, applicants.municipalityId))
        .where(eq(applicants.id, id));
      return row;
    },

    async describeStaff(id: string) {
      const [row] = await db
        .select({ staff, municipality: municipalities })
        .from(staff)
        .leftJoin(municipalities, eq(municipalities.id, staff.municipalityId))
        .where(eq(staff.id, id));
      return row;
    },
  };
}

export type AuthRepository = ReturnType<typeof createAuthRepository>;
