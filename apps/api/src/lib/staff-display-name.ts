import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { staff } from '../db/schema/index.js';

/** A staff member's display name, or undefined when there is no such staff member. */
export async function staffDisplayName(executor: Database, staffId: string): Promise<string | undefined> {
  const [row] = await executor.select({ name: staff.displayName }).from(staff).where(eq(staff.id, staffId));
  return row?.name;
}
