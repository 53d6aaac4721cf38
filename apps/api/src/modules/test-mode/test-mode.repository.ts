import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { applicants } from '../../db/schema/index.js';
import { staffDisplayName } from '../../lib/staff-display-name.js';

const testApplicantColumns = { id: applicants.id, personnummer: applicants.personnummer };

export function createTestModeRepository(db: Database) {
  return {
    async findTestApplicant(staffId: string) {
      const [row] = await db
        .select(testApplicantColumns)
        .from(applicants)
        .where(eq(applicants.testOwnerStaffId, staffId));
      return row;
    },

    async staffName(staffId: string) {
      return staffDisplayName(db, staffId);
    },

    /** Undefined when the number or the owner is taken (a clash, or a concurrent first click). */
    async insertTestApplicant(values: typeof applicants.$inferInsert) {
      const [row] = await db.insert(applicants).values(values).onConflictDoNothing().returning(testApplicantColumns);
      return row;
    },
  };
}

export type TestModeRepository = ReturnType<typeof createTestModeRepository>;
