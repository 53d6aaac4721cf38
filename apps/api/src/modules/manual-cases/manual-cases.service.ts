import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { parseIdentityNumber, requiredReceipts } from '@ebistans/schema';
import type { Database } from '../../db/client.js';
import { caseScopeFor } from '../../lib/case-access.js';
import { coApplicantOf } from '../../lib/co-applicant.js';
import { ForbiddenError, NotFoundError } from '../../lib/errors.js';
import { applicationForm, checkedAnswers } from '../../lib/form-answers.js';
import { renderApplicationPdf } from '../../lib/pdf/application-pdf.js';
import type { FileStore } from '../../lib/storage/index.js';
import { dueAfterWorkingDays } from '../../lib/working-days.js';
import type { ApplicationsRepository } from '../applications/applications.repository.js';
import type { AuditService } from '../audit/audit.service.js';
import type { StaffIdentity } from '../auth/identity.js';
import type { ManualCasesRepository } from './manual-cases.repository.js';
import type { manualChannels } from './manual-cases.schemas.js';

interface ManualCasesServiceDeps {
  db: Database;
  repository: ManualCasesRepository;
  /** Case numbers, cases and events are made exactly as for a submitted application. */
  applications: Pick<ApplicationsRepository, 'nextCaseNumber' | 'insertCase' | 'insertEvent' | 'submitter'>;
  audit: AuditService;
  fileStore: FileStore;
}

interface RegisterInput {
  applicantId: string;
  formId: string;
  formVersion: number;
  data: Record<string, unknown>;
  channel: (typeof manualChannels)[number];
}

const noSuchApplicant = () => new NotFoundError('No such applicant in your municipality');

/** Applications that came on paper or by phone, registered by staff with the same form and the same checks. */
export function createManualCasesService({ db, repository, applications, audit, fileStore }: ManualCasesServiceDeps) {
  /**
   * The municipality of a staff member who may register cases. Restricted caseworkers see only cases
   * assigned to them, so a case they registered would vanish from their view: they are refused.
   */
  function registrarScope(identity: StaffIdentity) {
    const scope = caseScopeFor(identity);
    if (scope.onlyAssignedTo) throw new ForbiddenError('Restricted caseworkers cannot register cases');
    return scope;
  }

  return {
    async findApplicant(identity: StaffIdentity, personnummer: string, requestId: string) {
      const { municipalityId } = registrarScope(identity);
      const normalized = parseIdentityNumber(personnummer)?.normalized;
      const found = normalized ? await repository.findByPersonnummer(municipalityId, normalized) : undefined;
      if (!found) throw noSuchApplicant();
      await audit.record({
        municipalityId,
        actorKind: 'staff',
        actorId: identity.staffId,
        action: 'applicant.lookup',
        entityType: 'applicant',
        entityId: found.id,
        requestId,
      });
      return found;
    },

    /**
     * Checks the answers with the form exactly as a submission is checked, then creates the case, its
     * number, its event, its audit entry and its application PDF as one unit: a failure leaves neither
     * case nor PDF.
     */
    async register(identity: StaffIdentity, input: RegisterInput, requestId: string) {
      const { municipalityId } = registrarScope(identity);
      const applicant = await repository.findById(municipalityId, input.applicantId);
      if (!applicant) throw noSuchApplicant();
      const form = applicationForm(input.formId, input.formVersion);
      const data = checkedAnswers(form, input.data, {
        today: new Date(),
        applicantIdentityNumber: applicant.personnummer,
      });
      const submitter = await applications.submitter(applicant.id);
      const staffName = (await repository.staffName(identity.staffId)) ?? 'handläggare';
      const submittedAt = new Date();
      const pdfStorageKey = `cases/${municipalityId}/${randomUUID()}/ansokan.pdf`;
      try {
        return await db.transaction(async (tx) => {
          const caseNumber = await applications.nextCaseNumber(tx, municipalityId, submittedAt.getFullYear());
          const created = await applications.insertCase(tx, {
            municipalityId,
            caseNumber,
            formId: form.id,
            formVersion: form.version,
            period: String(data.period),
            data,
            applicantId: applicant.id,
            coApplicantPersonnummer: coApplicantOf(data)?.personnummer,
            channel: input.channel,
            status: 'submitted',
            submittedAt,
            dueAt: dueAfterWorkingDays(submittedAt, submitter.handlingWorkingDays),
            pdfStorageKey,
          });
          // Without a submission key nothing can conflict; the number is fresh from the counter.
          if (!created) throw new Error('The new case was not created');
          await applications.insertEvent(tx, {
            caseId: created.id,
            type: 'registered',
            actorKind: 'staff',
            actorId: identity.staffId,
            data: { channel: input.channel },
          });
          await audit.record(
            {
              municipalityId,
              actorKind: 'staff',
              actorId: identity.staffId,
              action: 'case.register',
              entityType: 'case',
              entityId: created.id,
              requestId,
              details: { channel: input.channel, caseNumber },
            },
            tx,
          );
          // Scans of the paper and its receipts are uploaded after registration, so none is attached yet.
          const pdf = await renderApplicationPdf({
            kind: 'submitted',
            municipalityName: submitter.municipalityName,
            form,
            data,
            caseNumber,
            submittedAt,
            applicant: { name: submitter.name, personnummer: submitter.personnummer },
            receipts: requiredReceipts(form, data).map((receipt) => ({ label: receipt.label.sv, status: 'missing' })),
            signature: { method: 'registered', channel: input.channel, staffName },
          });
          await fileStore.put(pdfStorageKey, Readable.from(Buffer.from(pdf)), 'application/pdf');
          return created;
        });
      } catch (error) {
        await fileStore.delete(pdfStorageKey).catch(() => undefined);
        throw error;
      }
    },
  };
}

export type ManualCasesService = ReturnType<typeof createManualCasesService>;
