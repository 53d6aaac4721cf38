import { MONTHLY_APPLICATION_FORM_ID, SUPPLEMENT_FORM_ID, carryOverAnswers, currentForm } from '@ebistans/schema';
import type { FastifyBaseLogger } from 'fastify';
import { BusinessRuleError, NotFoundError } from '../../lib/errors.js';
import type { FileStore } from '../../lib/storage/index.js';
import type { ApplicantIdentity } from '../auth/identity.js';
import { DraftConflictError } from './draft-conflict-error.js';
import type { DraftsRepository } from './drafts.repository.js';

interface DraftsServiceDeps {
  repository: DraftsRepository;
  fileStore: FileStore;
  log: FastifyBaseLogger;
}

/** The form new drafts are saved with; a supplement is not a draft of its own (it belongs to a case). */
function formForDraft(formId: string) {
  const form = currentForm(formId);
  if (!form) throw new BusinessRuleError('unknown-form', 'No such form');
  if (form.id === SUPPLEMENT_FORM_ID) {
    throw new BusinessRuleError('not-an-application', 'A supplement belongs to an existing case');
  }
  return form;
}

export function createDraftsService({ repository, fileStore, log }: DraftsServiceDeps) {
  const noDraft = () => new NotFoundError('There is no draft of this form');

  return {
    async get(identity: ApplicantIdentity, formId: string) {
      const draft = await repository.find(identity, formId);
      if (!draft) throw noDraft();
      return draft;
    },

    /** The id of the applicant's open draft of the form, for the features that hang things on it. */
    async idOf(identity: ApplicantIdentity, formId: string) {
      const id = await repository.findId(identity, formId);
      if (!id) throw noDraft();
      return id;
    },

    /**
     * Creates the draft (no revision given) or replaces its answers (the revision read). Either way a
     * draft changed by another device meanwhile is a conflict, never a silent overwrite.
     */
    async save(
      identity: ApplicantIdentity,
      input: { formId: string; revision?: number; data: Record<string, unknown> },
    ) {
      const form = formForDraft(input.formId);
      const values = { formVersion: form.version, data: input.data };
      const saved =
        input.revision === undefined
          ? await repository.insert(identity, { formId: form.id, ...values })
          : await repository.replaceAtRevision(identity, form.id, input.revision, values);
      if (saved) return saved;
      const current = await repository.find(identity, form.id);
      throw new DraftConflictError(
        'stale-draft',
        current ? 'The draft has been changed since it was read' : 'The draft has been discarded or submitted',
        current?.revision ?? null,
      );
    },

    async discard(identity: ApplicantIdentity, formId: string) {
      const storageKeys = await repository.delete(identity, formId);
      if (!storageKeys) throw noDraft();
      // After the commit: a file that cannot be removed now is an orphan in the store, never a dangling row.
      const results = await Promise.allSettled(storageKeys.map((key) => fileStore.delete(key)));
      const failed = results.filter((result) => result.status === 'rejected').length;
      if (failed > 0) log.warn({ failed }, 'discarded draft left files in the file store');
    },

    /** "Start from last month": a new monthly draft with what still holds from the latest monthly case. */
    async startFromLastCase(identity: ApplicantIdentity) {
      const form = formForDraft(MONTHLY_APPLICATION_FORM_ID);
      const last = await repository.latestCase(identity, form.id);
      if (!last) throw new NotFoundError('There is no earlier application to start from');
      const { data, copied } = carryOverAnswers(form, last.data);
      const draft = await repository.insert(identity, { formId: form.id, formVersion: form.version, data });
      if (!draft) {
        const current = await repository.find(identity, form.id);
        throw new DraftConflictError('draft-exists', 'There is already a draft', current?.revision ?? null);
      }
      return { draft, copied, sourceCase: { id: last.id, caseNumber: last.caseNumber, period: last.period } };
    },
  };
}

export type DraftsService = ReturnType<typeof createDraftsService>;
