import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { municipalities } from '../../db/schema/index.js';

export function createNotificationSettingsRepository(db: Database) {
  return {
    async findSettings(municipalityId: string) {
      const [row] = await db
        .select({ settings: municipalities.settings })
        .from(municipalities)
        .where(eq(municipalities.id, municipalityId));
      return row?.settings;
    },

    /** Replaces only the `notifications` key, so the municipality's other settings stay as they are. */
    async saveNotifications(tx: Database, municipalityId: string, notifications: Record<string, unknown>) {
      await tx
        .update(municipalities)
        .set({
          settings: sql`jsonb_set(${municipalities.settings}, '{notifications}', ${JSON.stringify(notifications)}::jsonb)`,
        })
        .where(eq(municipalities.id, municipalityId));
    },
  };
}

export type NotificationSettingsRepository = ReturnType<typeof createNotificationSettingsRepository>;
