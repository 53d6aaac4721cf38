import { getForm, requiredReceipts } from '@ebistans/schema';
import { NotFoundError } from '../../lib/errors.js';
import type { AttachmentsService } from '../attachments/attachments.service.js';
import type { ApplicantIdentity } from '../auth/identity.js';
import type { DraftsService } from '../drafts/drafts.service.js';
import { buildChecklist } from '../../lib/receipt-checklist.js';
import type { ReceiptsRepository } from './receipts.repository.js';

interface ReceiptsServiceDeps {
  repository: ReceiptsRepository;
  drafts: Pick<DraftsService, 'get'>;
  attachments: Pick<AttachmentsService, 'listFiles'>;
}

export function createReceiptsService({ repository, drafts, attachments }: ReceiptsServiceDeps) {
  /** The draft with the receipts its answers call for, by the form version it was saved with. */
  async function draftRequirements(identity: ApplicantIdentity, formId: string) {
    const draft = await drafts.get(identity, formId);
    const form = getForm(draft.formId, draft.formVersion);
    // Drafts are saved with a published version, and published versions stay in the registry.
    if (!form) throw new Error(`draft ${draft.id} has an unknown form version`);
    const scope = { draftId: draft.id, municipalityId: identity.municipalityId };
    return { scope, requirements: requiredReceipts(form, draft.data) };
  }

  async function checklist(identity: ApplicantIdentity, formId: string) {
    const { scope, requirements } = await draftRequirements(identity, formId);
    const [files, sendLater] = await Promise.all([attachments.listFiles(scope), repository.sendLaterIds(scope)]);
    return buildChecklist(requirements, files, sendLater);
  }

  return {
    checklist,

    /**
     * A submitted case's receipts, read-only: the files handed over with the case (and any sent since) and
     * the send-later marks it kept, against what its answers call for.
     */
    async caseChecklist(identity: ApplicantIdentity, caseId: string) {
      const found = await repository.applicantCase(identity, caseId);
      if (!found) throw new NotFoundError('Case not found');
      const form = getForm(found.formId, found.formVersion);
      if (!form) throw new Error(`case ${found.id} has an unknown form version`);
      const scope = { caseId: found.id, municipalityId: identity.municipalityId };
      const [files, sendLater] = await Promise.all([repository.caseFiles(scope), repository.caseSendLaterIds(scope)]);
      return buildChecklist(requiredReceipts(form, found.data), files, sendLater);
    },

    /** Marks (or unmarks) a receipt the applicant will send later; returns the checklist as it now is. */
    async setSendLater(identity: ApplicantIdentity, formId: string, requirementId: string, sendLater: boolean) {
      const { scope, requirements } = await draftRequirements(identity, formId);
      if (!sendLater) {
        // Unmarking also works for a requirement that changed answers have removed.
        await repository.unmarkSendLater(scope, requirementId);
      } else if (requirements.some((requirement) => requirement.id === requirementId)) {
        await repository.markSendLater(scope, requirementId);
      } else {
        throw new NotFoundError('The checklist has no such receipt');
      }
      return checklist(identity, formId);
    },
  };
}

export type ReceiptsService = ReturnType<typeof createReceiptsService>;
