import { changedAnswers, compareAnswers, getForm, type FormDefinition } from '@ebistans/schema';
import type { Database } from '../../db/client.js';
import { isEndedStatus } from '../../db/schema/index.js';
import { requireChangeableStaffCase, requireStaffCase } from '../../lib/case-access.js';
import { coApplicantOf } from '../../lib/co-applicant.js';
import { BusinessRuleError, ConflictError } from '../../lib/errors.js';
import { checkedAnswers } from '../../lib/form-answers.js';
import type { AuditService } from '../audit/audit.service.js';
import type { StaffIdentity } from '../auth/identity.js';
import { ANSWERS_EDITED_EVENT, type CaseEditsRepository } from './case-edits.repository.js';
import type { AnswerChange } from './case-edits.schemas.js';

interface CaseEditsServiceDeps {
  db: Database;
  repository: CaseEditsRepository;
  audit: Pick<AuditService, 'record'>;
}

interface EditInput {
  data: Record<string, unknown>;
  reason: string;
}

function formOfCase(formId: string, formVersion: number): FormDefinition {
  const form = getForm(formId, formVersion);
  if (!form) throw new BusinessRuleError('unknown-form', 'No such form or form version');
  return form;
}

/** What an edit changed, as the history shows it: each answer with its row ("Barn 2 – Alva – Skola"). */
function changesBetween(form: FormDefinition, before: Record<string, unknown>, after: Record<string, unknown>) {
  const sections = compareAnswers({ form, data: before }, { form, data: after }, 'sv');
  return changedAnswers(sections).map((item): AnswerChange => ({
    path: item.path,
    label: [...item.context, item.label].join(' – '),
    before: item.before,
    after: item.after,
  }));
}

const changesOf = (data: Record<string, unknown>) =>
  Array.isArray(data.changes) ? (data.changes as AnswerChange[]) : [];

/**
 * A caseworker corrects the submitted answers (Ändra uppgifter). The answers are checked by the case's
 * own form version exactly as at submission, as of the day it was submitted (the month rules are about
 * that day). The first edit keeps the applicant's answers in `original_data`; every edit is a case
 * event with its reason and what it changed, and an audit entry, in one transaction.
 *
 * Assistants may edit too: the case-handling rules give them the same case actions as caseworkers
 * (status, supplements, assignment); restricted caseworkers only reach their assigned cases.
 */
export function createCaseEditsService({ db, repository, audit }: CaseEditsServiceDeps) {
  return {
    async edit(identity: StaffIdentity, caseId: string, input: EditInput, requestId: string) {
      const found = await requireChangeableStaffCase(db, identity, caseId);
      return db.transaction(async (tx) => {
        const current = await repository.lockAnswers(tx, caseId);
        // A case that has ended is kept as it was decided; its answers are history now.
        if (isEndedStatus(current.status)) {
          throw new ConflictError('The case has ended; its answers can no longer be changed');
        }
        const form = formOfCase(current.formId, current.formVersion);
        const data = checkedAnswers(form, input.data, {
          today: current.submittedAt,
          applicantIdentityNumber: current.applicantPersonnummer,
        });
        const changes = changesBetween(form, current.data, data);
        if (changes.length === 0) throw new BusinessRuleError('no-changes', 'The answers are the same as before');
        await repository.saveAnswers(tx, caseId, {
          data,
          originalData: current.originalData ?? current.data,
          period: String(data.period),
          coApplicantPersonnummer: coApplicantOf(data)?.personnummer ?? null,
        });
        // `comment` is the key the case history shows as the reason for a change.
        await repository.insertEvent(tx, {
          caseId,
          type: ANSWERS_EDITED_EVENT,
          actorKind: 'staff',
          actorId: identity.staffId,
          data: { comment: input.reason, changes },
        });
        // The log names the questions, not the answers: those are personal data kept with the case.
        await audit.record(
          {
            municipalityId: found.municipalityId,
            actorKind: 'staff',
            actorId: identity.staffId,
            action: 'case.answers.edit',
            entityType: 'case',
            entityId: caseId,
            requestId,
            details: { paths: changes.map((change) => change.path) },
          },
          tx,
        );
        return { data, changes };
      });
    },

    /** The answers as submitted (once edited) and every edit with its reason: "Ursprungliga uppgifter". */
    async edits(identity: StaffIdentity, caseId: string, requestId: string) {
      const found = await requireStaffCase(db, identity, caseId);
      await audit.record({
        municipalityId: found.municipalityId,
        actorKind: 'staff',
        actorId: identity.staffId,
        action: 'case.answers.original.read',
        entityType: 'case',
        entityId: caseId,
        requestId,
      });
      const [originalData, rows] = await Promise.all([repository.originalAnswers(caseId), repository.edits(caseId)]);
      return {
        originalData,
        edits: rows.map((row) => ({
          id: row.id,
          at: row.createdAt,
          by: { id: row.staffId, name: row.staffName },
          reason: typeof row.data.comment === 'string' ? row.data.comment : '',
          changes: changesOf(row.data),
        })),
      };
    },
  };
}

export type CaseEditsService = ReturnType<typeof createCaseEditsService>;
