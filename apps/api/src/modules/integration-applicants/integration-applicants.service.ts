import { currentForm, identityNumberIssue, parseIdentityNumber, validationText } from '@ebistans/schema';
import { BusinessRuleError } from '../../lib/errors.js';
import type { IntegrationClient } from '../../plugins/integration-auth.js';
import type { AuditService } from '../audit/audit.service.js';
import type { IdempotentWrites } from '../idempotency/idempotent-writes.js';
import type { ManualCaseRegistration } from '../manual-cases/manual-case-registration.js';
import type { manualChannels } from '../manual-cases/manual-cases.schemas.js';
import type { IntegrationApplicantsRepository } from './integration-applicants.repository.js';
import { storedDecisionSummary } from './integration-applicants.schemas.js';

interface IntegrationApplicantsServiceDeps {
  repository: IntegrationApplicantsRepository;
  idempotent: IdempotentWrites;
  registerManualCase: ManualCaseRegistration;
  audit: Pick<AuditService, 'record'>;
}

interface ManualCaseInput {
  personnummer: string;
  formId: string;
  formVersion?: number | undefined;
  channel: (typeof manualChannels)[number];
  answers: Record<string, unknown>;
  period?: string | undefined;
}

/** The number as 12 digits, or a 422 `validation` problem with the same Swedish text the forms give. */
function normalizedPersonnummer(input: string) {
  const parsed = parseIdentityNumber(input);
  if (parsed) return parsed.normalized;
  const code = identityNumberIssue(input) ?? 'personnummer_invalid';
  throw new BusinessRuleError('validation', 'Not a valid personnummer or samordningsnummer', [
    { path: 'personnummer', code, message: validationText(code, 'sv') },
  ]);
}

/**
 * Applicants for a municipality's case system (/api/v1): their earlier cases and last decision, so the case
 * system can prefill and the caseworker compare, and registering an application that came on paper or by
 * phone. Everything is confined to the client's municipality, and whether the person is known elsewhere is
 * never revealed.
 */
export function createIntegrationApplicantsService({
  repository,
  idempotent,
  registerManualCase,
  audit,
}: IntegrationApplicantsServiceDeps) {
  return {
    async lookup(client: IntegrationClient, personnummer: string, requestId: string) {
      const normalized = normalizedPersonnummer(personnummer);
      const applicant = await repository.findApplicant(client.municipalityId, normalized);
      if (!applicant) return { personnummer: normalized, cases: [], lastDecision: null };
      // Whose cases were read, besides the call itself that the integration audit hook records.
      await audit.record({
        municipalityId: client.municipalityId,
        actorKind: 'integration',
        actorId: client.clientId,
        action: 'applicant.lookup',
        entityType: 'applicant',
        entityId: applicant.id,
        requestId,
      });
      const rows = await repository.casesOf(client.municipalityId, applicant.id);
      const found = rows.map(({ decision, submittedAt, ...row }) => ({
        ...row,
        submittedAt: submittedAt.toISOString(),
        decision: decision ? storedDecisionSummary.parse(decision) : null,
      }));
      const newest = found
        .filter((item) => item.decision !== null)
        .sort((a, b) => Date.parse(b.decision!.decidedAt) - Date.parse(a.decision!.decidedAt))[0];
      return {
        personnummer: normalized,
        cases: found,
        lastDecision: newest ? { caseId: newest.id, period: newest.period, ...newest.decision! } : null,
      };
    },

    /**
     * A paper or phone application registered by the case system, with the staff registration's checks and
     * atomic creation; the applicant must have an account in the municipality, as for staff.
     */
    async createManualCase(
      client: IntegrationClient,
      input: ManualCaseInput,
      key: string | undefined,
      requestId: string,
    ) {
      const personnummer = normalizedPersonnummer(input.personnummer);
      const applicant = await repository.findApplicant(client.municipalityId, personnummer);
      if (!applicant) {
        throw new BusinessRuleError(
          'no-applicant-account',
          'No applicant account for this person in your municipality',
        );
      }
      const formVersion = input.formVersion ?? currentForm(input.formId)?.version;
      if (formVersion === undefined) throw new BusinessRuleError('unknown-form', 'No such form');
      const data = input.period === undefined ? input.answers : { ...input.answers, period: input.period };
      const clientName = await repository.clientName(client.clientId);
      const body = { ...input, personnummer };
      return registerManualCase(
        {
          registrar: {
            actorKind: 'integration',
            actorId: client.clientId,
            name: `verksamhetssystemet ${clientName ?? ''}`.trim(),
          },
          municipalityId: client.municipalityId,
          applicant,
          formId: input.formId,
          formVersion,
          data,
          channel: input.channel,
          requestId,
        },
        (work) =>
          idempotent(client, { key, operation: 'v1CreateManualCase', body }, async (tx) => {
            const created = await work(tx);
            return { id: created.id, caseNumber: created.caseNumber, status: created.status, channel: input.channel };
          }),
      );
    },
  };
}

export type IntegrationApplicantsService = ReturnType<typeof createIntegrationApplicantsService>;
