import type { CaseEventType } from '@ebistans/schema';
import type { Database } from '../../db/client.js';
import { isEndedStatus, type CaseColour, type CaseStatus } from '../../db/schema/index.js';
import { requireChangeableStaffCase, requireStaffCase } from '../../lib/case-access.js';
import { assertTransition, type StaffSettableStatus } from '../../lib/case-lifecycle.js';
import { ConflictError } from '../../lib/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { StaffIdentity } from '../auth/identity.js';
import type { ApplicantNotifier } from '../notifications/applicant-notifier.js';
import type { StaffNotifier } from '../notifications/staff-notifier.js';
import type { CaseHandlingRepository } from './case-handling.repository.js';

interface CaseHandlingServiceDeps {
  db: Database;
  repository: CaseHandlingRepository;
  audit: Pick<AuditService, 'record'>;
  applicantNotifier: Pick<ApplicantNotifier, 'caseNews'>;
  staffNotifier: Pick<StaffNotifier, 'caseNews'>;
}

interface Change {
  action: string;
  /** The case event; none for a personal flag. */
  event?: { type: CaseEventType; data: Record<string, unknown> };
  details?: Record<string, unknown>;
}

/**
 * What a caseworker marks on a case: its status (through the one transition table), a colour label, the
 * case system's number, and a personal flag. Every change is audit-logged; all but the flag, which is
 * nobody else's business, are also case events.
 */
export function createCaseHandlingService({
  db,
  repository,
  audit,
  applicantNotifier,
  staffNotifier,
}: CaseHandlingServiceDeps) {
  async function apply(
    identity: StaffIdentity,
    caseId: string,
    requestId: string,
    write: (tx: Database, current: { status: CaseStatus }) => Promise<Change>,
    requireCase = requireChangeableStaffCase,
  ) {
    const found = await requireCase(db, identity, caseId);
    await db.transaction(async (tx) => {
      const { action, event, details } = await write(tx, found);
      if (event) {
        await repository.insertEvent(tx, { caseId, actorKind: 'staff', actorId: identity.staffId, ...event });
      }
      await audit.record(
        {
          municipalityId: found.municipalityId,
          actorKind: 'staff',
          actorId: identity.staffId,
          action,
          entityType: 'case',
          entityId: caseId,
          requestId,
          ...(details ? { details } : {}),
        },
        tx,
      );
    });
  }

  return {
    /** The event is named after the new status: that is what the applicant's timeline shows. */
    async changeStatus(
      identity: StaffIdentity,
      caseId: string,
      input: { status: StaffSettableStatus; comment?: string | undefined },
      requestId: string,
      // Off for a bulk change "without notification" (Ändra status, Meddela inte sökande); staff are still told.
      options: { notifyApplicant?: boolean } = {},
    ) {
      await apply(identity, caseId, requestId, async (tx, current) => {
        assertTransition(current.status, input.status);
        if (!(await repository.changeStatus(tx, caseId, current.status, input.status))) {
          throw new ConflictError('The case changed status meanwhile; reload it');
        }
        // A case that ends is told as closed instead, so the applicant gets one notification, not two.
        if (options.notifyApplicant ?? true) {
          await applicantNotifier.caseNews(tx, caseId, isEndedStatus(input.status) ? 'case-closed' : 'status-changed');
        }
        await staffNotifier.caseNews(tx, caseId, 'status-changed', identity.staffId);
        const comment = input.comment ? { comment: input.comment } : {};
        return {
          action: 'case.status.change',
          event: { type: input.status, data: { from: current.status, ...comment } },
          details: {
            from: current.status,
            to: input.status,
            ...(options.notifyApplicant === false ? { applicantNotified: false } : {}),
          },
        };
      });
      return { status: input.status };
    },

    async setColour(identity: StaffIdentity, caseId: string, colour: CaseColour | null, requestId: string) {
      await apply(identity, caseId, requestId, async (tx) => {
        await repository.update(tx, caseId, { colour });
        return { action: 'case.colour.set', event: { type: 'colour_set', data: { colour } }, details: { colour } };
      });
      return { colour };
    },

    async setExternalCaseNumber(
      identity: StaffIdentity,
      caseId: string,
      externalCaseNumber: string | null,
      requestId: string,
    ) {
      await apply(identity, caseId, requestId, async (tx) => {
        await repository.update(tx, caseId, { externalCaseNumber });
        return {
          action: 'case.external-number.set',
          event: { type: 'external_case_number_set', data: { externalCaseNumber } },
        };
      });
      return { externalCaseNumber };
    },

    /**
     * The flag is the caseworker's own bookmark, not a change of the case, so a handed-over case may still
     * be flagged and unflagged: that is how someone keeps track of it until it is deleted here.
     */
    async flag(identity: StaffIdentity, caseId: string, requestId: string) {
      await apply(
        identity,
        caseId,
        requestId,
        async (tx) => {
          await repository.flag(tx, identity.staffId, caseId);
          return { action: 'case.flag' };
        },
        requireStaffCase,
      );
    },

    async unflag(identity: StaffIdentity, caseId: string, requestId: string) {
      await apply(
        identity,
        caseId,
        requestId,
        async (tx) => {
          await repository.unflag(tx, identity.staffId, caseId);
          return { action: 'case.unflag' };
        },
        requireStaffCase,
      );
    },
  };
}

export type CaseHandlingService = ReturnType<typeof createCaseHandlingService>;
