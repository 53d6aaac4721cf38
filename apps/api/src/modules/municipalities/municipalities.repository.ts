import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { municipalities } from '../../db/schema/index.js';

export function createMunicipalitiesRepository(db: Database) {
  return {
    listPublic() {
      return db
        .select({
          id: municipalities.id,
          slug: municipalities.slug,
          name: municipalities.name,
          loginMethods: municipalities.applicantLoginMethods,
        })
        .from(municipalities)
        .orderBy(asc(municipalities.name));
    },

    /** What anyone may read about one municipality; the settings are filtered by the caller. */
    async findPublicBySlug(slug: string) {
      const [row] = await db
        .select({
          slug: municipalities.slug,
          name: municipalities.name,
          loginMethods: municipalities.applicantLoginMethods,
          handlingWorkingDays: municipalities.handlingWorkingDays,
          settings: municipalities.settings,
        })
        .from(municipalities)
        .where(eq(municipalities.slug, slug));
      return row;
    },
  };
}

export type MunicipalitiesRepository = ReturnType<typeof createMunicipalitiesRepository>;
