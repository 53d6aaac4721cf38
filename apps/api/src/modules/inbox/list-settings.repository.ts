import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { staffListSettings } from '../../db/schema/index.js';
import type { ListSettings } from './list-settings.schemas.js';

export function createListSettingsRepository(db: Database) {
  return {
    async find(staffId: string) {
      const [row] = await db
        .select({ settings: staffListSettings.settings })
        .from(staffListSettings)
        .where(eq(staffListSettings.staffId, staffId));
      return row?.settings;
    },

    async save(tx: Database, staffId: string, settings: ListSettings) {
      await tx
        .insert(staffListSettings)
        .values({ staffId, settings })
        .onConflictDoUpdate({ target: staffListSettings.staffId, set: { settings, updatedAt: new Date() } });
    },
  };
}

export type ListSettingsRepository = ReturnType<typeof createListSettingsRepository>;
