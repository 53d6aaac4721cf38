import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { bankIdLogins, municipalities } from '../../db/schema/index.js';

export function createBankIdLoginRepository(db: Database) {
  return {
    async findMunicipality(slug: string) {
      const [row] = await db
        .select({
          id: municipalities.id,
          name: municipalities.name,
          loginMethods: municipalities.applicantLoginMethods,
        })
        .from(municipalities)
        .where(eq(municipalities.slug, slug));
      return row;
    },

    async create(values: typeof bankIdLogins.$inferInsert) {
      const [row] = await db.insert(bankIdLogins).values(values).returning();
      return row!;
    },

    /** The login only if this browser started it; anyone else gets nothing, as for an unknown id. */
    async findForBrowser(id: string, browserKeyHash: string) {
      const [row] = await db
        .select()
        .from(bankIdLogins)
        .where(and(eq(bankIdLogins.id, id), eq(bankIdLogins.browserKeyHash, browserKeyHash)));
      return row;
    },

    /** Ends a pending login; false when another request ended it first. */
    async finish(id: string, outcome: { status: 'failed'; hintCode: string | null } | { status: 'complete' }) {
      const rows = await db
        .update(bankIdLogins)
        .set({ ...outcome, finishedAt: new Date() })
        .where(and(eq(bankIdLogins.id, id), eq(bankIdLogins.status, 'pending')))
        .returning({ id: bankIdLogins.id });
      return rows.length === 1;
    },
  };
}

export type BankIdLoginRepository = ReturnType<typeof createBankIdLoginRepository>;
