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

    /** The name and login page a notification speaks for, with the settings holding its texts. */
    async findMunicipality(municipalityId: string) {
      const [row] = await db
        .select({ name: municipalities.name, slug: municipalities.slug, settings: municipalities.settings })
        .from(municipalities)
        .where(eq(municipalities.id, municipalityId));
      return row;
    },

    /**
     * Replaces the `notifications` key but for its `templates`, saved on their own, so the municipality's
     * other settings and its own texts stay as they are.
     */
    async saveNotifications(tx: Database, municipalityId: string, notifications: Record<string, unknown>) {
      const templates = sql`jsonb_strip_nulls(jsonb_build_object('templates', ${municipalities.settings} #> '{notifications,templates}'))`;
      await tx
        .update(municipalities)
        .set({
          settings: sql`jsonb_set(${municipalities.settings}, '{notifications}', ${JSON.stringify(notifications)}::jsonb || ${templates})`,
        })
        .where(eq(municipalities.id, municipalityId));
    },

    /** Replaces only `notifications.templates`, creating `notifications` if the municipality has none yet. */
    async saveTemplates(tx: Database, municipalityId: string, templates: Record<string, unknown>) {
      await tx
        .update(municipalities)
        .set({
          settings: sql`jsonb_set(${municipalities.settings}, '{notifications}', coalesce(${municipalities.settings} -> 'notifications', '{}'::jsonb) || jsonb_build_object('templates', ${JSON.stringify(templates)}::jsonb))`,
        })
        .where(eq(municipalities.id, municipalityId));
    },
  };
}

export type NotificationSettingsRepository = ReturnType<typeof createNotificationSettingsRepository>;
