import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { applicants, bankIdSignatures, municipalities } from '../../db/schema/index.js';

export function createBankIdSigningRepository(db: Database) {
  return {
    /** Who signs: their number binds the order to them; the municipality is named in the text. */
    async signer(applicantId: string) {
      const [row] = await db
        .select({ personnummer: applicants.personnummer, municipalityName: municipalities.name })
        .from(applicants)
        .innerJoin(municipalities, eq(municipalities.id, applicants.municipalityId))
        .where(eq(applicants.id, applicantId));
      return row!;
    },

    async create(values: typeof bankIdSignatures.$inferInsert) {
      const [row] = await db.insert(bankIdSignatures).values(values).returning();
      return row!;
    },

    /** The signing only in the session that started it; for anyone else it does not exist. */
    async findInSession(id: string, applicantId: string, sessionId: string) {
      const [row] = await db
        .select({ signing: bankIdSignatures, personnummer: applicants.personnummer })
        .from(bankIdSignatures)
        .innerJoin(applicants, eq(applicants.id, bankIdSignatures.applicantId))
        .where(
          and(
            eq(bankIdSignatures.id, id),
            eq(bankIdSignatures.applicantId, applicantId),
            eq(bankIdSignatures.sessionId, sessionId),
          ),
        );
      return row;
    },

    pendingInSession(sessionId: string) {
      return db
        .select({ id: bankIdSignatures.id, orderRef: bankIdSignatures.orderRef })
        .from(bankIdSignatures)
        .where(and(eq(bankIdSignatures.sessionId, sessionId), eq(bankIdSignatures.status, 'pending')));
    },

    /** Ends a pending signing, with BankID's evidence when it completed; a finished one stays as it is. */
    async finish(
      id: string,
      outcome:
        | { status: 'failed'; hintCode: string | null }
        | {
            status: 'complete';
            signature: string;
            ocspResponse: string;
            signerPersonnummer: string;
            signerName: string;
            signedAt: Date;
          },
    ) {
      await db
        .update(bankIdSignatures)
        .set({ ...outcome, finishedAt: new Date() })
        .where(and(eq(bankIdSignatures.id, id), eq(bankIdSignatures.status, 'pending')));
    },
  };
}

export type BankIdSigningRepository = ReturnType<typeof createBankIdSigningRepository>;
