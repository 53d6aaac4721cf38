import type { Database } from '../../db/client.js';
import { startOfSwedishDay, swedishDay } from '../../lib/swedish-time.js';
import { dueAfterWorkingDays } from '../../lib/working-days.js';
import type { ApplicantNotifier } from '../notifications/applicant-notifier.js';
import type { StaffNotifier } from '../notifications/staff-notifier.js';
import type { DeadlinesRepository, ReminderWindow } from './deadlines.repository.js';

interface DeadlinesServiceDeps {
  db: Database;
  repository: DeadlinesRepository;
  staffNotifier: Pick<StaffNotifier, 'caseNews'>;
  applicantNotifier: Pick<ApplicantNotifier, 'caseNews'>;
  /** How many working days before a supplement request's due date the applicant is reminded. */
  reminderWorkingDays: number;
}

/** Cases or requests per transaction: a long backlog (the first run) is worked off without one huge transaction. */
const BATCH_SIZE = 100;

const isoDay = (day: Date) => day.toISOString().slice(0, 10);

/** Today's reminder window: requests due from today up to the end of the `workingDays`-th working day after it. */
function reminderWindow(now: Date, workingDays: number): ReminderWindow {
  const today = swedishDay(now);
  return {
    today: isoDay(today),
    // The day after that working day begins when a case that came in now would be due.
    dueBefore: isoDay(swedishDay(dueAfterWorkingDays(now, workingDays))),
    // Not on the day it was asked for: the applicant has just been told, and a reminder minutes later is noise.
    requestedBefore: startOfSwedishDay(today),
  };
}

/**
 * The deadline check that the scheduled job runs: tells the assignees of each case that has passed its due
 * time, once per due time, and reminds an applicant once of a supplement request whose due date is near.
 * Each claim and its notifications share one transaction, so a notice is queued exactly when its case is
 * marked, and checks running at the same time (several processes) never tell of the same case twice.
 */
export function createDeadlinesService({
  db,
  repository,
  staffNotifier,
  applicantNotifier,
  reminderWorkingDays,
}: DeadlinesServiceDeps) {
  async function notifyOverdueCases() {
    let total = 0;
    for (;;) {
      const claimed = await db.transaction(async (tx) => {
        const overdue = await repository.claimOverdueCases(tx, BATCH_SIZE);
        await repository.insertEvents(
          tx,
          overdue.map(({ id, dueAt }) => ({
            caseId: id,
            type: 'overdue',
            actorKind: 'system' as const,
            data: { dueAt: dueAt?.toISOString() ?? null },
          })),
        );
        for (const { id } of overdue) await staffNotifier.caseNews(tx, id, 'case-overdue');
        return overdue.length;
      });
      total += claimed;
      if (claimed < BATCH_SIZE) return total;
    }
  }

  async function remindOfSupplementRequests(now: Date) {
    const window = reminderWindow(now, reminderWorkingDays);
    let total = 0;
    for (;;) {
      const claimed = await db.transaction(async (tx) => {
        const requests = await repository.claimDueReminders(tx, window, BATCH_SIZE);
        // One reminder per case even when two of its requests fall due together: it says only that something waits.
        for (const caseId of new Set(requests.map((request) => request.caseId))) {
          await applicantNotifier.caseNews(tx, caseId, 'supplement-reminder');
        }
        return requests.length;
      });
      total += claimed;
      if (claimed < BATCH_SIZE) return total;
    }
  }

  return {
    /** Runs the whole check now; returns how many cases and supplement requests it told of. */
    async check() {
      const overdueCases = await notifyOverdueCases();
      const reminders = await remindOfSupplementRequests(new Date());
      return { overdueCases, reminders };
    },
  };
}

export type DeadlinesService = ReturnType<typeof createDeadlinesService>;
