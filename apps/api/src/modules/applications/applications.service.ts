import { SUPPLEMENT_FORM_ID, currentForm, getForm, validateForm, validationText, visibleAnswers } from '@ebistans/schema';
import type { Database } from '../../db/client.js';
import { BusinessRuleError, NotFoundError } from '../../lib/errors.js';
import type { ApplicantIdentity } from '../auth/identity.js';
import type { ApplicationsRepository } from './applications.repository.js';

interface ApplicationsServiceDeps {
  db: Database;
  repository: ApplicationsRepository;
}

export function createApplicationsService({ db, repository }: ApplicationsServiceDeps) {
  return {
    /** Validates against the form version and creates the case, its number and its first event at once. */
    async submit(
      identity: ApplicantIdentity,
      input: { formId: string; formVersion: number; data: Record<string, unknown> },
    ) {
      const form = getForm(input.formId, input.formVersion);
      if (!form) throw new BusinessRuleError('unknown-form', 'No such form or form version');
      if (form.id === SUPPLEMENT_FORM_ID) {
        throw new BusinessRuleError('not-an-application', 'A supplement belongs to an existing case');
      }
      if (currentForm(form.id)?.version !== form.version) {
        throw new BusinessRuleError('form-outdated', 'A newer version of the form must be used');
      }
      const data = visibleAnswers(form, input.data);
      const issues = validateForm(form, data, {
        today: new Date(),
        applicantIdentityNumber: await repository.applicantIdentityNumber(identity.applicantId),
      });
      if (issues.length > 0) {
        throw new BusinessRuleError(
          'invalid-form',
          'The application has errors',
          issues.map((issue) => ({ ...issue, message: validationText(issue.code, 'sv') })),
        );
      }
      const submittedAt = new Date();
      return db.transaction(async (tx) => {
        const caseNumber = await repository.nextCaseNumber(tx, identity.municipalityId, submittedAt.getFullYear());
        const created = await repository.insertCase(tx, {
          municipalityId: identity.municipalityId,
          caseNumber,
          formId: form.id,
          formVersion: form.version,
          period: String(data.period),
          data,
          applicantId: identity.applicantId,
          channel: 'web',
          status: 'submitted',
          submittedAt,
        });
        await repository.insertEvent(tx, {
          caseId: created.id,
          type: 'submitted',
          actorKind: 'applicant',
          actorId: identity.applicantId,
        });
        return created;
      });
    },

    list(identity: ApplicantIdentity) {
      return repository.listForApplicant(identity.applicantId, identity.municipalityId);
    },

    /** Another applicant's case is "not found", never "forbidden": its existence is secret too. */
    async get(identity: ApplicantIdentity, caseId: string) {
      const found = await repository.findForApplicant(caseId, identity.applicantId, identity.municipalityId);
      if (!found) throw new NotFoundError('Case not found');
      return found;
    },
  };
}

export type ApplicationsService = ReturnType<typeof createApplicationsService>;
