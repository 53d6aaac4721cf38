import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { requiredReceipts } from '@ebistans/schema';
import type { Database } from '../../db/client.js';
import { coApplicantOf } from '../../lib/co-applicant.js';
import { applicationForm, checkedAnswers } from '../../lib/form-answers.js';
import { renderApplicationPdf } from '../../lib/pdf/application-pdf.js';
import type { FileStore } from '../../lib/storage/index.js';
import { dueAfterWorkingDays } from '../../lib/working-days.js';
import type { ApplicationsRepository } from '../applications/applications.repository.js';
import type { AuditService } from '../audit/audit.service.js';
import type { ManualCaseApplicant } from './manual-cases.repository.js';
import type { manualChannels } from './manual-cases.schemas.js';

interface ManualCaseRegistrationDeps {
  /** Case numbers, cases and events are made exactly as for a submitted application. */
  applications: Pick<ApplicationsRepository, 'nextCaseNumber' | 'insertCase' | 'insertEvent' | 'submitter'>;
  audit: AuditService;
  fileStore: FileStore;
}

/** Who registers the case: a staff member, or a municipality's case system through /api/v1. */
export interface Registrar {
  actorKind: 'staff' | 'integration';
  actorId: string;
  /** Named in the application PDF as the one who registered it. */
  name: string;
}

export interface ManualCaseRegistrationInput {
  registrar: Registrar;
  municipalityId: string;
  applicant: ManualCaseApplicant;
  formId: string;
  formVersion: number;
  data: Record<string, unknown>;
  channel: (typeof manualChannels)[number];
  requestId: string;
}

export type RegisteredManualCase = NonNullable<Awaited<ReturnType<ApplicationsRepository['insertCase']>>>;

/**
 * Runs the registration in a transaction of the caller's: a plain one for staff, or an Idempotency-Key
 * write (which may answer an earlier result instead, `replayed`, without keeping this one).
 */
export type RegistrationTransaction<T> = (
  work: (tx: Database) => Promise<RegisteredManualCase>,
) => Promise<{ result: T; replayed: boolean }>;

/**
 * Registering an application that came on paper or by phone, shared by staff and case systems. The answers
 * are checked with the form exactly as a submission is checked, inside the transaction so that a replayed
 * write answers as it first did even if the checks would now refuse it. The case, its number, its event, its
 * audit entry and its application PDF are made as one unit: a failure leaves neither case nor PDF.
 */
export function createManualCaseRegistration({ applications, audit, fileStore }: ManualCaseRegistrationDeps) {
  return async function registerManualCase<T>(
    input: ManualCaseRegistrationInput,
    transaction: RegistrationTransaction<T>,
  ): Promise<{ result: T; replayed: boolean }> {
    const { registrar, municipalityId, applicant, channel } = input;
    const pdfStorageKey = `cases/${municipalityId}/${randomUUID()}/ansokan.pdf`;
    let pdfStored = false;
    // Read before the transaction: on the embedded database (one connection) a read outside it would wait for it.
    const submitter = await applications.submitter(applicant.id);
    try {
      const outcome = await transaction(async (tx) => {
        const form = applicationForm(input.formId, input.formVersion);
        const submittedAt = new Date();
        const data = checkedAnswers(form, input.data, {
          today: submittedAt,
          applicantIdentityNumber: applicant.personnummer,
        });
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
          channel,
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
          actorKind: registrar.actorKind,
          actorId: registrar.actorId,
          data: { channel },
        });
        await audit.record(
          {
            municipalityId,
            actorKind: registrar.actorKind,
            actorId: registrar.actorId,
            action: 'case.register',
            entityType: 'case',
            entityId: created.id,
            requestId: input.requestId,
            details: { channel, caseNumber },
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
          signature: { method: 'registered', channel, staffName: registrar.name },
        });
        await fileStore.put(pdfStorageKey, Readable.from(Buffer.from(pdf)), 'application/pdf');
        pdfStored = true;
        return created;
      });
      // A concurrent retry with the same key committed first: this case was rolled back, so its PDF goes too.
      if (outcome.replayed && pdfStored) await fileStore.delete(pdfStorageKey).catch(() => undefined);
      return outcome;
    } catch (error) {
      await fileStore.delete(pdfStorageKey).catch(() => undefined);
      throw error;
    }
  };
}

export type ManualCaseRegistration = ReturnType<typeof createManualCaseRegistration>;
