import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { applicants } from '../../db/schema/index.js';
import { staffDisplayName } from '../../lib/staff-display-name.js';

const applicantColumns = {
  id: applicants.id,
  personnummer: applicants.personnummer,
  givenName: applicants.givenName,
  familyName: applicants.familyName,
  deactivatedAt: applicants.deactivatedAt,
};

/** Real applicants of the municipality: the caseworkers' own test applicants are never someone to register for. */
const realApplicantOf = (municipalityId: string) =>
  and(eq(applicants.municipalityId, municipalityId), isNull(applicants.testOwnerStaffId));

export function createManualCasesRepository(db: Database) {
  return {
    async findByPersonnummer(municipalityId: string, personnummer: string) {
      const [row] = await db
        .select(applicantColumns)
        .from(applicants)
        .where(and(realApplicantOf(municipalityId), eq(applicants.personnummer, personnummer)));
      return row;
    },

    async findById(municipalityId: string, applicantId: string) {
      const [row] = await db
        .select(applicantColumns)
        .from(applicants)
        .where(and(realApplicantOf(municipalityId), eq(applicants.id, applicantId)));
      return row;
    },

    /** The name the application PDF gives for who registered it. */
    async staffName(staffId: string) {
      return staffDisplayName(db, staffId);
    },
  };
}

export type ManualCasesRepository = ReturnType<typeof createManualCasesRepository>;
export type ManualCaseApplicant = NonNullable<Awaited<ReturnType<ManualCasesRepository['findById']>>>;
