import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { municipalities, ssoLogins, staff, type StaffRole } from '../../db/schema/index.js';

const municipalityColumns = {
  id: municipalities.id,
  slug: municipalities.slug,
  name: municipalities.name,
  settings: municipalities.settings,
};

const staffColumns = { id: staff.id, role: staff.role, municipalityId: staff.municipalityId };

export function createStaffSsoRepository(db: Database) {
  return {
    listMunicipalities() {
      return db.select(municipalityColumns).from(municipalities).orderBy(asc(municipalities.name));
    },

    async findMunicipalityBySlug(slug: string) {
      const [row] = await db.select(municipalityColumns).from(municipalities).where(eq(municipalities.slug, slug));
      return row;
    },

    async findMunicipality(id: string) {
      const [row] = await db.select(municipalityColumns).from(municipalities).where(eq(municipalities.id, id));
      return row;
    },

    async createLogin(values: typeof ssoLogins.$inferInsert) {
      // Logins abandoned at the provider are cleared on the way; the table stays as small as the logins in flight.
      await db.delete(ssoLogins).where(lt(ssoLogins.expiresAt, new Date()));
      const [row] = await db.insert(ssoLogins).values(values).returning({ id: ssoLogins.id });
      return row!;
    },

    /** The login the state names, removed as it is read, so a state works once even if two callbacks race. */
    async takeLogin(state: string) {
      const [row] = await db.delete(ssoLogins).where(eq(ssoLogins.state, state)).returning();
      return row;
    },

    async findStaffBySubject(municipalityId: string, subject: string) {
      const [row] = await db
        .select(staffColumns)
        .from(staff)
        .where(and(eq(staff.municipalityId, municipalityId), eq(staff.ssoSubject, subject)));
      return row;
    },

    /** Accounts of the municipality with this e-mail that no subject has claimed yet; more than one is ambiguous. */
    findUnlinkedStaffByEmail(municipalityId: string, email: string) {
      return db
        .select(staffColumns)
        .from(staff)
        .where(
          and(
            eq(staff.municipalityId, municipalityId),
            isNull(staff.ssoSubject),
            eq(sql`lower(${staff.email})`, email.toLowerCase()),
          ),
        )
        .limit(2);
    },

    /** False when the account got a subject in the meantime. */
    async linkSubject(staffId: string, subject: string) {
      const rows = await db
        .update(staff)
        .set({ ssoSubject: subject })
        .where(and(eq(staff.id, staffId), isNull(staff.ssoSubject)))
        .returning({ id: staff.id });
      return rows.length === 1;
    },

    async setRole(staffId: string, role: StaffRole) {
      await db.update(staff).set({ role }).where(eq(staff.id, staffId));
    },
  };
}

export type StaffSsoRepository = ReturnType<typeof createStaffSsoRepository>;
