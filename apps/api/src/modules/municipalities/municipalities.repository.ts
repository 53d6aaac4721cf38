import { asc } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { municipalities } from '../../db/schema/index.js';

export function createMunicipalitiesRepository(db: Database) {
  return {
    listPublic() {
      return db
        .select({ id: municipalities.id, slug: municipalities.slug, name: municipalities.name })
        .from(municipalities)
        .orderBy(asc(municipalities.name));
    },
  };
}

export type MunicipalitiesRepository = ReturnType<typeof createMunicipalitiesRepository>;
