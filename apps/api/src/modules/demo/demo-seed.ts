import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { applicants, municipalities, staff } from '../../db/schema/index.js';
import { hashPassword } from '../../lib/passwords.js';

/**
 * Demo data for the embedded start. The personnummer is Skatteverket's well-known test number
 * (Tolvan Tolvansson), never a real person's.
 */
export const demoLogins = {
  municipality: { slug: 'demokommun', name: 'Demo kommun' },
  applicant: {
    personnummer: '191212121212',
    password: 'demo-sokande',
    mobile: '0701234567',
    // Notifications land in the dev outbox; .example is a name that can never receive real mail.
    email: 'tolvan@demokommun.example',
  },
  caseworker: {
    username: 'handlaggare',
    password: 'demo-handlaggare',
    mobile: '0707654321',
    email: 'hanna@demokommun.example',
  },
  // The municipality's administrator: notification settings (Aviseringar) and staff code lists.
  admin: { username: 'admin', password: 'demo-admin', mobile: '0707000000' },
} as const;

/** Creates the demo tenant once; returns false when it already exists. */
export async function seedDemo(db: Database): Promise<boolean> {
  const [existing] = await db
    .select({ id: municipalities.id })
    .from(municipalities)
    .where(eq(municipalities.slug, demoLogins.municipality.slug));
  if (existing) return false;

  const [applicantHash, caseworkerHash, adminHash] = await Promise.all([
    hashPassword(demoLogins.applicant.password),
    hashPassword(demoLogins.caseworker.password),
    hashPassword(demoLogins.admin.password),
  ]);
  await db.transaction(async (tx) => {
    const [municipality] = await tx
      .insert(municipalities)
      .values({
        slug: demoLogins.municipality.slug,
        name: demoLogins.municipality.name,
        orgNumber: '212000-0000',
        applicantLoginMethods: ['bankid', 'password_sms'],
      })
      .returning();
    await tx.insert(applicants).values({
      municipalityId: municipality!.id,
      personnummer: demoLogins.applicant.personnummer,
      givenName: 'Tolvan',
      familyName: 'Tolvansson',
      mobile: demoLogins.applicant.mobile,
      email: demoLogins.applicant.email,
      passwordHash: applicantHash,
    });
    await tx.insert(staff).values([
      {
        municipalityId: municipality!.id,
        username: demoLogins.caseworker.username,
        displayName: 'Hanna Handläggare',
        mobile: demoLogins.caseworker.mobile,
        email: demoLogins.caseworker.email,
        passwordHash: caseworkerHash,
        role: 'caseworker',
      },
      {
        municipalityId: municipality!.id,
        username: demoLogins.admin.username,
        displayName: 'Ada Administratör',
        mobile: demoLogins.admin.mobile,
        passwordHash: adminHash,
        role: 'admin',
      },
    ]);
  });
  return true;
}
