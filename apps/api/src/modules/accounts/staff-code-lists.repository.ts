import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { loginCodeLists, loginCodes, municipalities, staff } from '../../db/schema/index.js';

export function createStaffCodeListsRepository(db: Database) {
  return {
    /** A staff member of the municipality, with what the printed list is headed by. */
    async findStaff(municipalityId: string, staffId: string) {
      const [row] = await db
        .select({
          id: staff.id,
          username: staff.username,
          displayName: staff.displayName,
          municipalityName: municipalities.name,
        })
        .from(staff)
        .innerJoin(municipalities, eq(municipalities.id, staff.municipalityId))
        .where(and(eq(staff.id, staffId), eq(staff.municipalityId, municipalityId)));
      return row;
    },

    /** Voids the staff member's active list and stores the new one; the partial unique index keeps one active. */
    async replaceCodeList(
      tx: Database,
      list: { id: string; municipalityId: string; staffId: string; issuedByStaffId: string },
      codes: { number: number; codeHash: string }[],
    ) {
      await tx
        .update(loginCodeLists)
        .set({ voidedAt: new Date() })
        .where(and(eq(loginCodeLists.staffId, list.staffId), isNull(loginCodeLists.voidedAt)));
      const [row] = await tx.insert(loginCodeLists).values(list).returning({ createdAt: loginCodeLists.createdAt });
      await tx.insert(loginCodes).values(codes.map((code) => ({ listId: list.id, ...code })));
      return row!;
    },
  };
}

export type StaffCodeListsRepository = ReturnType<typeof createStaffCodeListsRepository>;
