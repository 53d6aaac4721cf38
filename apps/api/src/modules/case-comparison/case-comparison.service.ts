import { compareAnswers, getForm } from '@ebistans/schema';
import type { Database } from '../../db/client.js';
import { caseScopeFor, requireStaffCase } from '../../lib/case-access.js';
import { BusinessRuleError } from '../../lib/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { StaffIdentity } from '../auth/identity.js';
import type { CaseComparisonRepository, ComparedCase } from './case-comparison.repository.js';

interface CaseComparisonServiceDeps {
  db: Database;
  repository: CaseComparisonRepository;
  audit: Pick<AuditService, 'record'>;
}

function answersOf(found: ComparedCase) {
  const form = getForm(found.formId, found.formVersion);
  if (!form) throw new BusinessRuleError('unknown-form', 'No such form or form version');
  return { form, data: found.data };
}

/**
 * "Förändringar sedan förra månaden": the case's answers beside the applicant's previous application
 * of the same form, field by field, in Swedish. Reading it reads both cases, so the audit entry names both.
 */
export function createCaseComparisonService({ db, repository, audit }: CaseComparisonServiceDeps) {
  return {
    async compare(identity: StaffIdentity, caseId: string, requestId: string) {
      const { municipalityId } = await requireStaffCase(db, identity, caseId);
      const current = (await repository.find(caseId))!;
      const previous = await repository.previous(caseScopeFor(identity), current);
      await audit.record({
        municipalityId,
        actorKind: 'staff',
        actorId: identity.staffId,
        action: 'case.changes.read',
        entityType: 'case',
        entityId: caseId,
        requestId,
        details: { previousCaseId: previous?.id ?? null },
      });
      if (!previous) return { previous: null, sections: [] };
      return {
        previous: {
          id: previous.id,
          caseNumber: previous.caseNumber,
          period: previous.period,
          submittedAt: previous.submittedAt,
        },
        sections: compareAnswers(answersOf(previous), answersOf(current), 'sv'),
      };
    },
  };
}

export type CaseComparisonService = ReturnType<typeof createCaseComparisonService>;
