import { MONTHLY_APPLICATION_FORM_ID, exampleMonthlyApplication, luhnCheckDigit, nextPeriod } from '@ebistans/schema';
import type { Database } from '../../src/db/client.js';
import { applicants, municipalities, staff, type StaffRole } from '../../src/db/schema/index.js';
import { hashPassword } from '../../src/lib/passwords.js';

let counter = 0;
const next = () => ++counter;

/** A valid personnummer that is unique within the test run (born 1980-01-01..28). */
export function testPersonnummer(): string {
  const n = next();
  const nine = `8001${String((n % 28) + 1).padStart(2, '0')}${String(100 + n).slice(-3)}`;
  return `19${nine}${luhnCheckDigit(nine)}`;
}

const uniqueMobile = () => `07${String(10_000_000 + next()).slice(-8)}`;

export async function createMunicipality(db: Database, name = `Kommun ${next()}`) {
  const [row] = await db
    .insert(municipalities)
    .values({ slug: `kommun-${next()}`, name })
    .returning();
  return row!;
}

export const TEST_PASSWORD = 'rätt-lösenord-123';

export async function createApplicant(db: Database, municipalityId: string) {
  const [row] = await db
    .insert(applicants)
    .values({
      municipalityId,
      personnummer: testPersonnummer(),
      givenName: 'Testa',
      familyName: `Sökande${next()}`,
      mobile: uniqueMobile(),
      passwordHash: await hashPassword(TEST_PASSWORD),
    })
    .returning();
  return row!;
}

export async function createStaff(
  db: Database,
  municipalityId: string | null,
  options: { role?: StaffRole; restricted?: boolean } = {},
) {
  const [row] = await db
    .insert(staff)
    .values({
      municipalityId,
      username: `handlaggare${next()}`,
      displayName: `Handläggare ${next()}`,
      mobile: uniqueMobile(),
      passwordHash: await hashPassword(TEST_PASSWORD),
      role: options.role ?? 'caseworker',
      restricted: options.restricted ?? false,
    })
    .returning();
  return row!;
}

/** The month the test applications are for: next month, as most people apply. */
export const TEST_PERIOD = nextPeriod();

/** A complete, valid monthly application of a family (version 2); tests change only what they are about. */
export function validApplication(data: Record<string, unknown> = {}) {
  return {
    formId: MONTHLY_APPLICATION_FORM_ID,
    formVersion: 2,
    data: { ...exampleMonthlyApplication(TEST_PERIOD), ...data },
  };
}
