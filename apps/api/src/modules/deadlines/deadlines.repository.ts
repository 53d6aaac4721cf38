import { and, asc, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { caseEvents, cases, isActiveCase, isOverdueStatus, supplementRequests } from '../../db/schema/index.js';

/**
 * Past its due time while the caseworker has the next move (as the inbox's Försenade tab has it), in the
 * municipality's own work (no test or handed-over case), and not yet told of for this due time: a due time
 * moved past the last notice makes the case due for a notice again.
 */
const overdueAndNotNotified = and(
  isOverdueStatus(cases.status),
  lt(cases.dueAt, sql`now()`),
  isActiveCase(cases.takenOverAt, cases.isTest),
  or(isNull(cases.overdueNotifiedAt), lt(cases.overdueNotifiedAt, cases.dueAt)),
);

export interface ReminderWindow {
  /** Today in Sweden, YYYY-MM-DD: a request due before today is past reminding. */
  today: string;
  /** Requests due before this day (YYYY-MM-DD) are close enough to their due date to be reminded. */
  dueBefore: string;
  /** Requests made from this instant on are left alone: the applicant has only just been told of them. */
  requestedBefore: Date;
}

export function createDeadlinesRepository() {
  return {
    /**
     * Claims up to `limit` overdue cases not yet told of by marking them notified. The rows are locked and
     * locked ones skipped, so a check running at the same time in another process claims other cases; a
     * case it claimed and committed no longer matches here once its lock is released.
     */
    claimOverdueCases(tx: Database, limit: number) {
      const claimable = tx
        .select({ id: cases.id })
        .from(cases)
        .where(overdueAndNotNotified)
        .orderBy(asc(cases.dueAt))
        .limit(limit)
        .for('update', { skipLocked: true });
      return tx
        .update(cases)
        .set({ overdueNotifiedAt: sql`now()` })
        .where(and(inArray(cases.id, claimable), overdueAndNotNotified))
        .returning({ id: cases.id, dueAt: cases.dueAt });
    },

    /** Claims up to `limit` unanswered supplement requests in the reminder window by marking them reminded. */
    claimDueReminders(tx: Database, window: ReminderWindow, limit: number) {
      const notReminded = and(isNull(supplementRequests.answeredAt), isNull(supplementRequests.reminderSentAt));
      const claimable = tx
        .select({ id: supplementRequests.id })
        .from(supplementRequests)
        .innerJoin(cases, eq(cases.id, supplementRequests.caseId))
        .where(
          and(
            notReminded,
            // A case no longer waiting (the caseworker went on, decided or closed it) needs no answer.
            eq(cases.status, 'awaiting_supplement'),
            gte(supplementRequests.dueDate, window.today),
            lt(supplementRequests.dueDate, window.dueBefore),
            lt(supplementRequests.createdAt, window.requestedBefore),
          ),
        )
        .orderBy(asc(supplementRequests.dueDate))
        .limit(limit)
        .for('update', { of: supplementRequests, skipLocked: true });
      return tx
        .update(supplementRequests)
        .set({ reminderSentAt: sql`now()` })
        .where(and(inArray(supplementRequests.id, claimable), notReminded))
        .returning({ id: supplementRequests.id, caseId: supplementRequests.caseId });
    },

    async insertEvents(tx: Database, values: (typeof caseEvents.$inferInsert)[]) {
      if (values.length > 0) await tx.insert(caseEvents).values(values);
    },
  };
}

export type DeadlinesRepository = ReturnType<typeof createDeadlinesRepository>;
