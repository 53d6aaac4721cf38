import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { requiredReceipts } from '@ebistans/schema';
import type { Database } from '../../db/client.js';
import { NotFoundError } from '../../lib/errors.js';
import type { FileStore } from '../../lib/storage/index.js';
import type { ApplicantIdentity } from '../auth/identity.js';
import type { ApplicantNotifier } from '../notifications/applicant-notifier.js';
import type { StaffNotifier } from '../notifications/staff-notifier.js';
import { renderApplicationPdf } from '../../lib/pdf/application-pdf.js';
import { buildChecklist } from '../../lib/receipt-checklist.js';
import type { ApplicationsRepository } from './applications.repository.js';
import { applicationForm, checkedAnswers } from '../../lib/form-answers.js';
import { answersDigest } from '../../lib/answers-digest.js';
import { coApplicantOf } from '../../lib/co-applicant.js';
import { dueAfterWorkingDays } from '../../lib/working-days.js';
import { SignatureUsedError, signatureForSubmission } from './submission-signature.js';

interface ApplicationsServiceDeps {
  db: Database;
  repository: ApplicationsRepository;
  fileStore: FileStore;
  staffNotifier: Pick<StaffNotifier, 'caseNews'>;
  applicantNotifier: Pick<ApplicantNotifier, 'caseNews'>;
}

interface SubmitInput {
  formId: string;
  formVersion: number;
  data: Record<string, unknown>;
  /** The client's Idempotency-Key, the same for every retry of one submission. */
  submissionKey?: string | undefined;
  /** A completed BankID signature of these answers; required when the applicant logged in with BankID. */
  signatureId?: string | undefined;
}

/** Thrown inside the transaction when a concurrent request with the same key won; rolls back our number. */
class AlreadySubmitted extends Error {}

export function createApplicationsService({
  db,
  repository,
  fileStore,
  staffNotifier,
  applicantNotifier,
}: ApplicationsServiceDeps) {
  async function replay(identity: ApplicantIdentity, submissionKey: string | undefined) {
    return submissionKey ? repository.findBySubmissionKey(identity.applicantId, submissionKey) : undefined;
  }

  return {
    /**
     * Validates against the form version, then creates the case, its number, its first event and its
     * PDF as one unit, and hands the applicant's draft (its receipts and send-later marks) over to the
     * case: if storing the PDF fails, no case exists and the draft is untouched. A retry with the same
     * submission key returns the case made the first time.
     */
    async submit(identity: ApplicantIdentity, input: SubmitInput) {
      const form = applicationForm(input.formId, input.formVersion);
      const earlier = await replay(identity, input.submissionKey);
      if (earlier) return { created: earlier, replayed: true };
      const submitter = await repository.submitter(identity.applicantId);
      const data = checkedAnswers(form, input.data, {
        today: new Date(),
        applicantIdentityNumber: submitter.personnummer,
      });
      const signature = await signatureForSubmission(
        repository,
        identity,
        input.signatureId,
        answersDigest(form.id, form.version, data),
      );

      const submittedAt = new Date();
      const pdfStorageKey = `cases/${identity.municipalityId}/${randomUUID()}/ansokan.pdf`;
      try {
        const created = await db.transaction(async (tx) => {
          const draft = await repository.lockDraft(tx, identity.applicantId, identity.municipalityId, form.id);
          const caseNumber = await repository.nextCaseNumber(tx, identity.municipalityId, submittedAt.getFullYear());
          const inserted = await repository.insertCase(tx, {
            municipalityId: identity.municipalityId,
            caseNumber,
            formId: form.id,
            formVersion: form.version,
            period: String(data.period),
            data,
            applicantId: identity.applicantId,
            coApplicantPersonnummer: coApplicantOf(data)?.personnummer,
            channel: 'web',
            status: 'submitted',
            submittedAt,
            dueAt: dueAfterWorkingDays(submittedAt, submitter.handlingWorkingDays),
            submissionKey: input.submissionKey,
            pdfStorageKey,
            isTest: submitter.isTestApplicant,
          });
          if (!inserted) throw new AlreadySubmitted();
          if (signature && !(await repository.linkSignature(tx, signature.id, inserted.id))) {
            throw new SignatureUsedError('The signature has already been used for an application');
          }
          await repository.insertEvent(tx, {
            caseId: inserted.id,
            type: 'submitted',
            actorKind: 'applicant',
            actorId: identity.applicantId,
          });
          await staffNotifier.caseNews(tx, inserted.id, 'case-submitted');
          // The receipt; a case staff register from paper or phone is made elsewhere and sends none.
          await applicantNotifier.caseNews(tx, inserted.id, 'case-submitted');
          const requirements = requiredReceipts(form, data);
          if (draft) {
            await repository.handOverDraft(
              tx,
              draft.id,
              inserted.id,
              requirements.map((requirement) => requirement.id),
            );
          }
          const checklist = buildChecklist(requirements, draft?.files ?? [], draft?.sendLater ?? new Set<string>());
          const pdf = await renderApplicationPdf({
            kind: 'submitted',
            municipalityName: submitter.municipalityName,
            form,
            data,
            caseNumber,
            submittedAt,
            applicant: { name: submitter.name, personnummer: submitter.personnummer },
            receipts: checklist.items.map((item) => ({
              label: item.label.sv,
              status: item.status,
              files: item.attachments.map((file) => file.fileName),
            })),
            signature: signature
              ? { method: 'bankid', signedAt: signature.signedAt, name: signature.name }
              : { method: 'declaration' },
          });
          await fileStore.put(pdfStorageKey, Readable.from(Buffer.from(pdf)), 'application/pdf');
          return inserted;
        });
        return { created, replayed: false };
      } catch (error) {
        await fileStore.delete(pdfStorageKey).catch(() => undefined);
        if (error instanceof AlreadySubmitted) {
          const winner = await replay(identity, input.submissionKey);
          if (winner) return { created: winner, replayed: true };
        }
        throw error;
      }
    },

    /** A printable PDF of answers given without logging in; nothing is stored. */
    async print(input: { municipality: string; formId: string; formVersion: number; data: Record<string, unknown> }) {
      const municipalityName = await repository.municipalityNameBySlug(input.municipality);
      if (!municipalityName) throw new NotFoundError('No such municipality');
      const form = applicationForm(input.formId, input.formVersion);
      const data = checkedAnswers(form, input.data);
      return renderApplicationPdf({
        kind: 'print',
        municipalityName,
        form,
        data,
        receipts: requiredReceipts(form, data).map((receipt) => ({ label: receipt.label.sv, status: 'missing' })),
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

    async timeline(identity: ApplicantIdentity, caseId: string) {
      const found = await this.get(identity, caseId);
      return repository.events(found.id);
    },

    /** The PDF made when the case was submitted. */
    async pdf(identity: ApplicantIdentity, caseId: string) {
      const found = await this.get(identity, caseId);
      if (!found.pdfStorageKey) throw new NotFoundError('The case has no PDF');
      return { caseNumber: found.caseNumber, body: await fileStore.get(found.pdfStorageKey) };
    },
  };
}

export type ApplicationsService = ReturnType<typeof createApplicationsService>;
