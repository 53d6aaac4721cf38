import { isRecord, parseIdentityNumber } from '@ebistans/schema';
import type { FastifyBaseLogger } from 'fastify';
import { isEndedStatus } from '../../db/schema/index.js';
import { assertTransition, type StaffSettableStatus } from '../../lib/case-lifecycle.js';
import { coApplicantOf } from '../../lib/co-applicant.js';
import { ConflictError, NotFoundError } from '../../lib/errors.js';
import type { FileStore } from '../../lib/storage/index.js';
import type { DecisionsRepository } from '../decisions/decisions.repository.js';
import type { SupplementsRepository } from '../supplements/supplements.repository.js';
import type { MessagesRepository } from '../messages/messages.repository.js';
import type { IdempotentWrites } from '../idempotency/idempotent-writes.js';
import type { IntegrationClient } from '../../plugins/integration-auth.js';
import type { ApplicantNotifier } from '../notifications/applicant-notifier.js';
import type { StaffNotifier } from '../notifications/staff-notifier.js';
import type { SupplementRequestInput } from '../supplements/supplements.service.js';
import type { IntegrationCasesRepository } from './integration-cases.repository.js';
import { createIntegrationDecisions } from './integration-decisions.js';
import { createIntegrationDocuments } from './integration-documents.js';
import { decodeCursor, encodeCursor } from './integration-cases.schemas.js';

interface IntegrationCasesServiceDeps {
  repository: IntegrationCasesRepository;
  /** Messages to the applicant are written as a caseworker's are. */
  messages: Pick<MessagesRepository, 'insertToApplicant' | 'attachCaseDocuments'>;
  /** Decisions and supplement requests are stored as a caseworker's are. */
  decisions: Pick<DecisionsRepository, 'recordDecision'>;
  supplements: Pick<SupplementsRepository, 'insertRequest'>;
  idempotent: IdempotentWrites;
  fileStore: FileStore;
  /** The size limit of one uploaded document, as for a caseworker's upload. */
  maxBytes: number;
  log: FastifyBaseLogger;
  applicantNotifier: Pick<ApplicantNotifier, 'caseNews'>;
  staffNotifier: Pick<StaffNotifier, 'caseNews'>;
}

function childrenOf(data: Record<string, unknown>) {
  if (!Array.isArray(data.children)) return [];
  return data.children.filter(isRecord).flatMap((child) =>
    typeof child.name === 'string'
      ? [
          {
            name: child.name,
            personnummer:
              typeof child.personnummer === 'string'
                ? (parseIdentityNumber(child.personnummer)?.normalized ?? null)
                : null,
          },
        ]
      : [],
  );
}

/**
 * Cases for a municipality's case system (/api/v1): the change feed, a case with its answers and files,
 * taking a case over and setting its number there, and what the case system does on a case (status,
 * messages, documents, the decision, supplement requests). Every lookup is confined to the client's
 * municipality and leaves test cases out, answering 404 the same as for a case that does not exist.
 */
export function createIntegrationCasesService({
  repository,
  messages,
  decisions,
  supplements,
  idempotent,
  fileStore,
  maxBytes,
  log,
  applicantNotifier,
  staffNotifier,
}: IntegrationCasesServiceDeps) {
  async function requireCase(client: IntegrationClient, caseId: string) {
    const found = await repository.findCase(client.municipalityId, caseId);
    if (!found) throw new NotFoundError('Case not found');
    return found;
  }

  return {
    ...createIntegrationDocuments({ repository, idempotent, fileStore, maxBytes, log, requireCase }),
    ...createIntegrationDecisions({ repository, decisions, idempotent, applicantNotifier, requireCase }),

    async list(client: IntegrationClient, cursor: string | undefined, limit: number) {
      const after = cursor ? decodeCursor(cursor) : null;
      const rows = await repository.listChanges(client.municipalityId, after, limit);
      const last = rows.at(-1);
      return {
        items: rows.map(({ changeXid: _xid, changeSeq: _seq, ...item }) => item),
        // Kept when the page is empty, so the client polls from where it is.
        nextCursor: last ? encodeCursor({ xid: last.changeXid, seq: last.changeSeq }) : (cursor ?? null),
        hasMore: rows.length === limit,
      };
    },

    async get(client: IntegrationClient, caseId: string) {
      const found = await requireCase(client, caseId);
      const [events, files] = await Promise.all([repository.events(found.id), repository.attachments(found.id)]);
      const decision = found.decision;
      return {
        ...found,
        household: {
          applicant: {
            name: `${found.applicantGivenName} ${found.applicantFamilyName}`,
            personnummer: found.applicantPersonnummer,
          },
          coApplicant: coApplicantOf(found.data),
          children: childrenOf(found.data),
        },
        decision,
        calculatedNorm: decision && isRecord(decision.calculation) ? decision.calculation : null,
        events,
        attachments: files,
      };
    },

    async pdf(client: IntegrationClient, caseId: string) {
      const found = await requireCase(client, caseId);
      if (!found.pdfStorageKey) throw new NotFoundError('The case has no PDF');
      return { caseNumber: found.caseNumber, body: await fileStore.get(found.pdfStorageKey) };
    },

    async attachment(client: IntegrationClient, caseId: string, attachmentId: string) {
      const found = await requireCase(client, caseId);
      const file = await repository.findAttachment(found.id, attachmentId);
      if (!file) throw new NotFoundError('File not found');
      return { file, content: await fileStore.get(file.storageKey) };
    },

    /** Like the caseworker's "Markera som övertagen"; a case already taken over keeps its first time. */
    async acknowledge(client: IntegrationClient, caseId: string, key: string | undefined) {
      const found = await requireCase(client, caseId);
      return idempotent(client, { key, operation: `v1AcknowledgeCase:${found.id}`, body: null }, async (tx) => {
        const { takenOverAt, changed } = await repository.takeOver(tx, found.id, new Date());
        if (changed) {
          await repository.insertEvent(tx, {
            caseId: found.id,
            type: 'handed_over',
            actorKind: 'integration',
            actorId: client.clientId,
          });
        }
        return { id: found.id, takenOverAt: takenOverAt.toISOString() };
      });
    },

    /** Allowed after the hand-over too: the case system numbers a case once it has taken it over. */
    async setExternalCaseNumber(
      client: IntegrationClient,
      caseId: string,
      externalCaseNumber: string,
      key: string | undefined,
    ) {
      const found = await requireCase(client, caseId);
      const operation = `v1SetExternalCaseNumber:${found.id}`;
      return idempotent(client, { key, operation, body: { externalCaseNumber } }, async (tx) => {
        if (await repository.setExternalCaseNumber(tx, found.id, externalCaseNumber)) {
          await repository.insertEvent(tx, {
            caseId: found.id,
            type: 'external_case_number_set',
            actorKind: 'integration',
            actorId: client.clientId,
            data: { externalCaseNumber },
          });
        }
        return { id: found.id, externalCaseNumber };
      });
    },

    /**
     * A caseworker's status change made by the case system, with the same table, event and notifications.
     * Unlike a caseworker it may change a case taken over: the case system owns the case from then on.
     */
    async changeStatus(
      client: IntegrationClient,
      caseId: string,
      input: { status: StaffSettableStatus; notifyApplicant: boolean },
      key: string | undefined,
    ) {
      const found = await requireCase(client, caseId);
      const operation = `v1ChangeCaseStatus:${found.id}`;
      return idempotent(client, { key, operation, body: input }, async (tx) => {
        assertTransition(found.status, input.status);
        if (!(await repository.changeStatus(tx, found.id, found.status, input.status))) {
          throw new ConflictError('The case changed status meanwhile; read it again');
        }
        await repository.insertEvent(tx, {
          caseId: found.id,
          type: input.status,
          actorKind: 'integration',
          actorId: client.clientId,
          data: { from: found.status },
        });
        // A case that ends is told as closed instead, so the applicant gets one notification, not two.
        if (input.notifyApplicant) {
          await applicantNotifier.caseNews(
            tx,
            found.id,
            isEndedStatus(input.status) ? 'case-closed' : 'status-changed',
          );
        }
        await staffNotifier.caseNews(tx, found.id, 'status-changed');
        return { id: found.id, status: input.status };
      });
    },

    /**
     * A message to the applicant in the case thread; with no staff author it shows as from the municipality.
     * Documents of the case sent with it become the applicant's to open, with the caseworker's download receipt.
     */
    async sendMessage(
      client: IntegrationClient,
      caseId: string,
      input: { body: string; attachmentIds: string[] },
      key: string | undefined,
    ) {
      const found = await requireCase(client, caseId);
      return idempotent(client, { key, operation: `v1SendMessage:${found.id}`, body: input }, async (tx) => {
        const created = await messages.insertToApplicant(
          tx,
          { municipalityId: found.municipalityId, caseId: found.id, applicantId: found.applicantId, body: input.body },
          { kind: 'integration', id: client.clientId },
        );
        const unique = [...new Set(input.attachmentIds)];
        if ((await messages.attachCaseDocuments(tx, found.id, created.id, unique)) !== unique.length) {
          throw new NotFoundError('A file to attach is not a document of this case, or was already sent');
        }
        await applicantNotifier.caseNews(tx, found.id, 'message-from-caseworker');
        return { id: created.id, caseId: found.id, createdAt: created.createdAt.toISOString() };
      });
    },

    /** A caseworker's supplement request made by the case system: the same rules, event and notification. */
    async requestSupplement(
      client: IntegrationClient,
      caseId: string,
      input: SupplementRequestInput,
      key: string | undefined,
    ) {
      const found = await requireCase(client, caseId);
      const operation = `v1RequestSupplement:${found.id}`;
      return idempotent(client, { key, operation, body: input }, async (tx) => {
        // Asking again while a request is open keeps the case waiting for a supplement.
        if (found.status !== 'awaiting_supplement') assertTransition(found.status, 'awaiting_supplement');
        const created = await supplements.insertRequest(tx, {
          municipalityId: found.municipalityId,
          caseId: found.id,
          requestedByStaffId: null,
          ...input,
        });
        if (!(await repository.changeStatus(tx, found.id, found.status, 'awaiting_supplement'))) {
          throw new ConflictError('The case changed status meanwhile; read it again');
        }
        await repository.insertEvent(tx, {
          caseId: found.id,
          type: 'supplement_requested',
          actorKind: 'integration',
          actorId: client.clientId,
          data: { requestId: created.id, dueDate: input.dueDate, from: found.status },
        });
        await applicantNotifier.caseNews(tx, found.id, 'supplement-requested');
        return {
          id: created.id,
          message: created.message,
          dueDate: created.dueDate,
          receiptCategories: created.receiptCategories,
          answeredAt: null,
          createdAt: created.createdAt.toISOString(),
        };
      });
    },
  };
}

export type IntegrationCasesService = ReturnType<typeof createIntegrationCasesService>;
