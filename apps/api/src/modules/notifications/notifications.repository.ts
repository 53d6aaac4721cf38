import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { applicants, cases, municipalities } from '../../db/schema/index.js';

export function createNotificationsRepository(db: Database) {
  return {
    /** Where the applicant of a case is reached, and the municipality a notification speaks for. */
    async findCaseRecipient(caseId: string) {
      const [row] = await db
        .select({
          email: applicants.email,
          mobile: applicants.mobile,
          protectedIdentity: applicants.protectedIdentity,
          deactivatedAt: applicants.deactivatedAt,
          notifyByEmail: applicants.notifyByEmail,
          notifyBySms: applicants.notifyBySms,
          notificationLanguage: applicants.notificationLanguage,
          notificationsConfirmedAt: applicants.notificationsConfirmedAt,
          municipalityName: municipalities.name,
          municipalitySlug: municipalities.slug,
          municipalitySettings: municipalities.settings,
        })
        .from(cases)
        .innerJoin(applicants, eq(applicants.id, cases.applicantId))
        .innerJoin(municipalities, eq(municipalities.id, cases.municipalityId))
        .where(eq(cases.id, caseId));
      return row;
    },
  };
}

export type NotificationsRepository = ReturnType<typeof createNotificationsRepository>;
