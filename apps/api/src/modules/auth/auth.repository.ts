import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import {
  applicants,
  loginChallenges,
  loginCodeLists,
  loginCodes,
  municipalities,
  sessions,
  staff,
  type ApplicantLoginMethod,
  type SubjectKind,
} from '../../db/schema/index.js';

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

    async findApplicantIn(municipalityId: string, personnummer: string) {
      const [row] = await db
        .select()
        .from(applicants)
        .where(and(eq(applicants.municipalityId, municipalityId), eq(applicants.personnummer, personnummer)));
      return row;
    },

    async findLoginMethods(municipalitySlug: string) {
      const [row] = await db
        .select({ methods: municipalities.applicantLoginMethods })
        .from(municipalities)
        .where(eq(municipalities.slug, municipalitySlug));
      return row?.methods;
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

    /** The owner's code list that still works: an applicant's, or a staff member's second factor. */
    async activeCodeList(owner: { applicantId: string } | { staffId: string }) {
      const ownedBy =
        'applicantId' in owner
          ? eq(loginCodeLists.applicantId, owner.applicantId)
          : eq(loginCodeLists.staffId, owner.staffId);
      const [row] = await db
        .select({ id: loginCodeLists.id })
        .from(loginCodeLists)
        .where(and(ownedBy, isNull(loginCodeLists.voidedAt)));
      return row;
    },

    /** A random unused code, so a glimpse of part of the printed list does not tell which code comes next. */
    async randomUnusedCode(listId: string) {
      const [row] = await db
        .select({ number: loginCodes.number, codeHash: loginCodes.codeHash })
        .from(loginCodes)
        .where(and(eq(loginCodes.listId, listId), isNull(loginCodes.usedAt)))
        .orderBy(sql`random()`)
        .limit(1);
      return row;
    },

    /** Marks a code used; false when it was used already or its list has been replaced. */
    async useCode(listId: string, number: number) {
      const activeList = db
        .select({ id: loginCodeLists.id })
        .from(loginCodeLists)
        .where(and(eq(loginCodeLists.id, listId), isNull(loginCodeLists.voidedAt)));
      const rows = await db
        .update(loginCodes)
        .set({ usedAt: new Date() })
        .where(and(inArray(loginCodes.listId, activeList), eq(loginCodes.number, number), isNull(loginCodes.usedAt)))
        .returning({ number: loginCodes.number });
      return rows.length === 1;
    },

    async createSession(values: {
      subjectKind: SubjectKind;
      applicantId?: string;
      staffId?: string;
      municipalityId: string | null;
      /** Null for a staff single sign-on, which is none of the applicant methods. */
      loginMethod: ApplicantLoginMethod | null;
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

    async touchSession(id: string, at = new Date()) {
      await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
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
