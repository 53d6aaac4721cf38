import { MONTHLY_APPLICATION_FORM_ID } from '@ebistans/schema';
import { eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import { applicants, cases, staff } from '../../src/db/schema/index.js';
import { createApplicant, createStaff, TEST_PERIOD, validApplication } from './fixtures.js';

let counter = 0;

/** A case written straight to the database: list tests need many, and submitting each through the API is slow. */
export async function insertCase(
  db: Database,
  values: { municipalityId: string; applicantId: string } & Partial<typeof cases.$inferInsert>,
) {
  counter++;
  const [row] = await db
    .insert(cases)
    .values({
      // A year of its own, so the numbers never meet those that submissions take from the counter.
      caseNumber: `1999-${String(counter).padStart(6, '0')}`,
      formId: MONTHLY_APPLICATION_FORM_ID,
      formVersion: 2,
      period: TEST_PERIOD,
      data: validApplication().data,
      submittedAt: new Date(Date.UTC(2026, 0, 1) + counter * 60_000),
      ...values,
    })
    .returning();
  return row!;
}

export async function applicantNamed(db: Database, municipalityId: string, givenName: string, familyName: string) {
  const created = await createApplicant(db, municipalityId);
  await db.update(applicants).set({ givenName, familyName }).where(eq(applicants.id, created.id));
  return { ...created, givenName, familyName };
}

export async function staffNamed(db: Database, municipalityId: string, displayName: string) {
  const created = await createStaff(db, municipalityId);
  await db.update(staff).set({ displayName }).where(eq(staff.id, created.id));
  return { ...created, displayName };
}

/** Ids in a stable order, for comparing which cases a list holds. */
export const idsOf = (items: { id: string }[]) => items.map((item) => item.id).sort();
