import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { applicants, municipalities } from '../../db/schema/index.js';

export function createNotificationPreferencesRepository(db: Database) {
  return {
    /** The applicant's contact details and choices, and the settings of their municipality. */
    async find(applicantId: string) {
      const [row] = await db
        .select({
          email: applicants.email,
          mobile: applicants.mobile,
          hasPassword: applicants.passwordHash,
          notifyByEmail: applicants.notifyByEmail,
          notifyBySms: applicants.notifyBySms,
          language: applicants.notificationLanguage,
          protectedIdentity: applicants.protectedIdentity,
          confirmedAt: applicants.notificationsConfirmedAt,
          municipalitySettings: municipalities.settings,
        })
        .from(applicants)
        .innerJoin(municipalities, eq(municipalities.id, applicants.municipalityId))
        .where(eq(applicants.id, applicantId));
      return row && { ...row, hasPassword: row.hasPassword !== null };
    },

    async update(
      tx: Database,
      applicantId: string,
      values: Pick<
        typeof applicants.$inferInsert,
        'email' | 'mobile' | 'notifyByEmail' | 'notifyBySms' | 'notificationLanguage' | 'notificationsConfirmedAt'
      >,
    ) {
      await tx.update(applicants).set(values).where(eq(applicants.id, applicantId));
    },
  };
}

export type NotificationPreferencesRepository = ReturnType<typeof createNotificationPreferencesRepository>;
