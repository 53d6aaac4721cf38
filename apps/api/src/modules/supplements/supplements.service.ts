import { SUPPLEMENT_FORM_ID, currentForm } from '@ebistans/schema';
import type { Database } from '../../db/client.js';
import { isEndedStatus } from '../../db/schema/index.js';
import { requireApplicantCase, requireChangeableStaffCase, requireStaffCase } from '../../lib/case-access.js';
import { assertTransition } from '../../lib/case-lifecycle.js';
import { BusinessRuleError, NotFoundError } from '../../lib/errors.js';
import { checkedAnswers } from '../../lib/form-answers.js';
import type { AuditService } from '../audit/audit.service.js';
import type { ApplicantIdentity, StaffIdentity } from '../auth/identity.js';
import type { ApplicantNotifier } from '../notifications/applicant-notifier.js';
import type { StaffNotifier } from '../notifications/staff-notifier.js';
import type { SupplementsRepository } from './supplements.repository.js';

interface SupplementsServiceDeps {
  db: Database;
  repository: SupplementsRepository;
  audit: AuditService;
  staffNotifier: Pick<StaffNotifier, 'caseNews'>;
  applicantNotifier: Pick<ApplicantNotifier, 'caseNews'>;
}

export interface SupplementRequestInput {
  message: string;
  dueDate: string;
  receiptCategories: string[];
}

export interface SupplementInput {
  formVersion: number;
  data: Record<string, unknown>;
  /** The request it answers; a supplement on the applicant's own initiative has none. */
  requestId?: string | undefined;
}

/**
 * Supplements (kompletteringar): a caseworker asks for more, the applicant answers with the
 * `komplettering` form on the same case. Staff actions and reads are audit-logged.
 */
export function createSupplementsService({
  db,
  repository,
  audit,
  staffNotifier,
  applicantNotifier,
}: SupplementsServiceDeps) {
  return {
    async request(identity: StaffIdentity, caseId: string, input: SupplementRequestInput, requestId: string) {
      const found = await requireChangeableStaffCase(db, identity, caseId);
      if (found.status !== 'awaiting_supplement') assertTransition(found.status, 'awaiting_supplement');
      return db.transaction(async (tx) => {
        const created = await repository.insertRequest(tx, {
          municipalityId: found.municipalityId,
          caseId,
          requestedByStaffId: identity.staffId,
          ...input,
        });
        await repository.setStatus(tx, caseId, 'awaiting_supplement');
        await repository.insertEvent(tx, {
          caseId,
          type: 'supplement_requested',
          actorKind: 'staff',
          actorId: identity.staffId,
          data: { requestId: created.id, dueDate: input.dueDate, from: found.status },
        });
        await applicantNotifier.caseNews(tx, caseId, 'supplement-requested');
        await audit.record(
          {
            municipalityId: found.municipalityId,
            actorKind: 'staff',
            actorId: identity.staffId,
            action: 'case.supplement.request',
            entityType: 'case',
            entityId: caseId,
            requestId,
          },
          tx,
        );
        return created;
      });
    },

    async listForStaff(identity: StaffIdentity, caseId: string, requestId: string) {
      const found = await requireStaffCase(db, identity, caseId);
      await audit.record({
        municipalityId: found.municipalityId,
        actorKind: 'staff',
        actorId: identity.staffId,
        action: 'case.supplements.read',
        entityType: 'case',
        entityId: caseId,
        requestId,
      });
      const [requests, answers] = await Promise.all([repository.requests(caseId), repository.supplements(caseId)]);
      return { requests, supplements: answers };
    },

    async listForApplicant(identity: ApplicantIdentity, caseId: string) {
      await requireApplicantCase(db, identity, caseId);
      const [requests, answers] = await Promise.all([repository.requests(caseId), repository.supplements(caseId)]);
      return { requests, supplements: answers };
    },

    /** Stores the supplement; a case waiting for one becomes "supplemented", and the request answered. */
    async submit(identity: ApplicantIdentity, caseId: string, input: SupplementInput) {
      const found = await requireApplicantCase(db, identity, caseId);
      if (isEndedStatus(found.status)) {
        throw new BusinessRuleError('case-closed', 'The case is closed; send a new application or a message instead');
      }
      const form = currentForm(SUPPLEMENT_FORM_ID)!;
      if (input.formVersion !== form.version) {
        throw new BusinessRuleError('form-outdated', 'A newer version of the form must be used');
      }
      const data = checkedAnswers(form, input.data);
      return db.transaction(async (tx) => {
        if (input.requestId && !(await repository.answerRequest(tx, caseId, input.requestId))) {
          throw new NotFoundError('No open supplement request with that id on this case');
        }
        const created = await repository.insertSupplement(tx, {
          municipalityId: identity.municipalityId,
          caseId,
          requestId: input.requestId,
          applicantId: identity.applicantId,
          formId: form.id,
          formVersion: form.version,
          data,
        });
        // A supplement nobody asked for leaves the status as it was, and then the event has no `from`.
        const changesStatus = found.status === 'awaiting_supplement';
        if (changesStatus) await repository.setStatus(tx, caseId, 'supplemented');
        await repository.insertEvent(tx, {
          caseId,
          type: 'supplemented',
          actorKind: 'applicant',
          actorId: identity.applicantId,
          data: {
            supplementId: created.id,
            requestId: input.requestId ?? null,
            ...(changesStatus ? { from: found.status } : {}),
          },
        });
        await staffNotifier.caseNews(tx, caseId, 'supplement-submitted');
        return created;
      });
    },
  };
}

export type SupplementsService = ReturnType<typeof createSupplementsService>;
