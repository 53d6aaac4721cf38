import { decisionMessages, forsorjningshinderText, type DecisionAdult } from '@ebistans/schema';
import type { CaseStatus } from '../../db/schema/index.js';
import { assertTransition } from '../../lib/case-lifecycle.js';
import { coApplicantOf } from '../../lib/co-applicant.js';
import { BusinessRuleError, ConflictError, type FieldError } from '../../lib/errors.js';
import type { IntegrationClient } from '../../plugins/integration-auth.js';
import type { DecisionsRepository } from '../decisions/decisions.repository.js';
import type { RecordedDecision } from '../decisions/decisions.schemas.js';
import type { IdempotentWrites } from '../idempotency/idempotent-writes.js';
import type { ApplicantNotifier } from '../notifications/applicant-notifier.js';
import type { IntegrationCasesRepository } from './integration-cases.repository.js';
import type { IntegrationDecisionBody } from './integration-writes.schemas.js';

interface DecisionCase {
  id: string;
  status: CaseStatus;
  data: Record<string, unknown>;
  applicantGivenName: string;
  applicantFamilyName: string;
}

interface IntegrationDecisionsDeps {
  repository: IntegrationCasesRepository;
  decisions: Pick<DecisionsRepository, 'recordDecision'>;
  idempotent: IdempotentWrites;
  applicantNotifier: Pick<ApplicantNotifier, 'caseNews'>;
  requireCase: (client: IntegrationClient, caseId: string) => Promise<DecisionCase>;
}

/** How the caseworker desk names the decision maker when the case system decided. */
const CASE_SYSTEM_NAME = 'Verksamhetssystemet';

const issue = (path: string, code: keyof typeof decisionMessages): FieldError => ({
  path,
  code,
  message: decisionMessages[code].sv,
});

/**
 * What a staff decision also demands of the outcome, amount and motivation. No norm calculation: the case
 * system made the decision, so only that it is whole and consistent is checked, not what it grants.
 */
function decisionIssues(body: IntegrationDecisionBody, adults: DecisionAdult[]): FieldError[] {
  const grants = body.outcome === 'bifall' || body.outcome === 'delavslag';
  return [
    ...(grants && (body.amount === null || body.amount <= 0) ? [issue('amount', 'decision_amount_required')] : []),
    ...(!grants && body.amount !== null ? [issue('amount', 'decision_amount_not_allowed')] : []),
    ...(body.outcome !== 'bifall' && !body.motivation ? [issue('motivation', 'decision_motivation_required')] : []),
    ...(body.hindrances.coApplicant && !adults.includes('coApplicant')
      ? [issue('hindrances.coApplicant', 'decision_hindrance_no_such_adult')]
      : []),
  ];
}

/** A decision made in the municipality's case system, recorded on the case with the case system's letter. */
export function createIntegrationDecisions({
  repository,
  decisions,
  idempotent,
  applicantNotifier,
  requireCase,
}: IntegrationDecisionsDeps) {
  return {
    /**
     * The same status rules as a caseworker's decision (a decided case is a 409), also after the hand-over:
     * the case system owns the case then. The applicant sees it like a staff decision, with its letter.
     */
    async recordDecision(
      client: IntegrationClient,
      caseId: string,
      body: IntegrationDecisionBody,
      key: string | undefined,
    ) {
      const found = await requireCase(client, caseId);
      return idempotent(client, { key, operation: `v1RecordDecision:${found.id}`, body }, async (tx) => {
        assertTransition(found.status, 'decided');
        const coApplicant = coApplicantOf(found.data);
        const adults = [
          { adult: 'applicant' as const, name: `${found.applicantGivenName} ${found.applicantFamilyName}` },
          ...(coApplicant ? [{ adult: 'coApplicant' as const, name: coApplicant.name }] : []),
        ];
        const letter = await repository.findUploadedDocument(tx, found.id, body.documentId);
        const issues = [
          ...decisionIssues(
            body,
            adults.map((adult) => adult.adult),
          ),
          ...(letter?.contentType === 'application/pdf'
            ? []
            : [
                {
                  path: 'documentId',
                  code: 'decision_letter_invalid',
                  message: 'Beslutsbrevet ska vara en PDF som verksamhetssystemet har laddat upp till ärendet.',
                },
              ]),
        ];
        if (issues.length > 0) {
          throw new BusinessRuleError('invalid-decision', 'The decision is incomplete or inconsistent', issues);
        }
        const decidedAt = new Date().toISOString();
        const decision: RecordedDecision = {
          source: 'case-system',
          outcome: body.outcome,
          amount: body.amount,
          motivation: body.motivation || null,
          period: body.period,
          hindrances: adults.flatMap(({ adult, name }) => {
            const code = body.hindrances[adult];
            return code ? [{ adult, name, code, text: forsorjningshinderText(code) }] : [];
          }),
          calculation: null,
          costs: [],
          incomes: [],
          letterDocumentId: body.documentId,
          decidedAt,
          decidedBy: { id: client.clientId, name: CASE_SYSTEM_NAME },
        };
        if (!(await decisions.recordDecision(tx, found.id, found.status, decision))) {
          throw new ConflictError('The case changed status meanwhile; read it again');
        }
        await repository.insertEvent(tx, {
          caseId: found.id,
          type: 'decision_recorded',
          actorKind: 'integration',
          actorId: client.clientId,
          data: { from: found.status, outcome: decision.outcome, amount: decision.amount },
        });
        if (body.notifyApplicant) await applicantNotifier.caseNews(tx, found.id, 'decision-recorded');
        return { id: found.id, status: 'decided' as const, decidedAt };
      });
    },
  };
}
