import {
  adjustmentIssues,
  approvesAllCosts,
  calculateDecision,
  decisionInput,
  decisionIssues,
  decisionMessages,
  forsorjningshinderText,
  getForm,
  type DecisionAdult,
  type DecisionInput,
  type NormResult,
} from '@ebistans/schema';
import type { Database } from '../../db/client.js';
import { requireApplicantCase, requireChangeableStaffCase, requireStaffCase } from '../../lib/case-access.js';
import { assertTransition, canTransition } from '../../lib/case-lifecycle.js';
import { coApplicantOf } from '../../lib/co-applicant.js';
import { BusinessRuleError, ConflictError, ForbiddenError, NotFoundError } from '../../lib/errors.js';
import { renderDecisionPdf } from '../../lib/pdf/decision-pdf.js';
import type { FileStore } from '../../lib/storage/index.js';
import type { AuditService } from '../audit/audit.service.js';
import type { ApplicantIdentity, StaffIdentity } from '../auth/identity.js';
import type { ApplicantNotifier } from '../notifications/applicant-notifier.js';
import type { DecisionsRepository } from './decisions.repository.js';
import {
  recordedDecisionSchema,
  type Calculation,
  type DecisionBody,
  type RecordedDecision,
} from './decisions.schemas.js';

interface DecisionsServiceDeps {
  db: Database;
  repository: DecisionsRepository;
  audit: Pick<AuditService, 'record'>;
  notifier: Pick<ApplicantNotifier, 'caseNews'>;
  fileStore: Pick<FileStore, 'get'>;
}

type DecisionCase = NonNullable<Awaited<ReturnType<DecisionsRepository['findCase']>>>;

/** Assistants prepare cases; deciding is the exercise of authority only a caseworker has (myndighetsutövning). */
const mayDecide = (identity: StaffIdentity) => identity.role === 'caseworker';

function inputOf(found: DecisionCase): DecisionInput | undefined {
  const form = getForm(found.formId, found.formVersion);
  return form ? decisionInput(form, found.data) : undefined;
}

function adultsOf(found: DecisionCase): { adult: DecisionAdult; name: string }[] {
  const coApplicant = coApplicantOf(found.data);
  return [
    { adult: 'applicant', name: found.applicantName },
    ...(coApplicant ? [{ adult: 'coApplicant' as const, name: coApplicant.name }] : []),
  ];
}

function calculationOf(result: NormResult): Calculation {
  const { period, table, lines, norm, approvedCosts, countedIncomes, total, amount } = result;
  return { period, table, lines, norm, approvedCosts, countedIncomes, total, amount };
}

/** The stored decision, read through its schema so that an unexpected shape is an error, not a wrong letter. */
function recordedOf(found: DecisionCase): RecordedDecision | null {
  return found.decision ? recordedDecisionSchema.parse(found.decision) : null;
}

/**
 * Decisions on a case (issue 5, point 5): the riksnorm proposal line by line, recording a decision that the
 * server recomputes from the case's answers and the caseworker's approvals, and the decision letter (ours,
 * or the case system's for a decision it recorded through /api/v1).
 */
export function createDecisionsService({ db, repository, audit, notifier, fileStore }: DecisionsServiceDeps) {
  /** The case system's own letter when it decided, else the letter we render from our calculation. */
  async function letterOf(found: DecisionCase, decision: RecordedDecision) {
    if (decision.letterDocumentId) {
      const storageKey = await repository.letterStorageKey(found.id, decision.letterDocumentId);
      if (!storageKey) throw new NotFoundError('The decision letter is missing');
      return fileStore.get(storageKey);
    }
    const { calculation } = decision;
    if (!calculation) throw new NotFoundError('The decision has no letter');
    return Buffer.from(await renderDecisionPdf({ ...found, decision: { ...decision, calculation } }));
  }

  /** Reading takes any case in scope; recording a decision only one not handed over (`requireChangeableStaffCase`). */
  async function staffCase(identity: StaffIdentity, caseId: string, requireCase = requireStaffCase) {
    const scoped = await requireCase(db, identity, caseId);
    const found = await repository.findCase(caseId);
    if (!found) throw new NotFoundError('Case not found');
    return { municipalityId: scoped.municipalityId, handedOver: scoped.takenOverAt !== null, found };
  }

  function auditEntry(
    identity: StaffIdentity,
    municipalityId: string,
    caseId: string,
    action: string,
    requestId: string,
  ) {
    return {
      municipalityId,
      actorKind: 'staff' as const,
      actorId: identity.staffId,
      action,
      entityType: 'case',
      entityId: caseId,
      requestId,
    };
  }

  return {
    async proposal(identity: StaffIdentity, caseId: string, requestId: string) {
      const { municipalityId, handedOver, found } = await staffCase(identity, caseId);
      await audit.record(auditEntry(identity, municipalityId, caseId, 'case.decision.proposal.read', requestId));
      const input = inputOf(found) ?? null;
      return {
        caseId,
        input,
        calculation: input ? calculationOf(calculateDecision(input, { costs: [], incomes: [] })) : null,
        adults: adultsOf(found),
        decision: recordedOf(found),
        canDecide: mayDecide(identity) && !handedOver && input !== null && canTransition(found.status, 'decided'),
      };
    },

    /** Never trusts the client's sums: the calculation is made again here from the answers and the approvals. */
    async decide(identity: StaffIdentity, caseId: string, body: DecisionBody, requestId: string) {
      const { municipalityId, found } = await staffCase(identity, caseId, requireChangeableStaffCase);
      if (!mayDecide(identity)) throw new ForbiddenError('Only a caseworker records decisions');
      assertTransition(found.status, 'decided');
      const input = inputOf(found);
      if (!input) throw new BusinessRuleError('no-calculation', 'The case has no period with a norm table');
      const adjustments = { costs: body.costs, incomes: body.incomes };
      const lineIssues = adjustmentIssues(input, adjustments);
      const result = lineIssues.length === 0 ? calculateDecision(input, adjustments) : undefined;
      const adults = adultsOf(found);
      const issues = [
        ...lineIssues,
        ...decisionIssues(
          { outcome: body.outcome, amount: body.amount, motivation: body.motivation, hindrances: body.hindrances },
          {
            proposed: result?.amount ?? 0,
            allCostsApproved: approvesAllCosts(input, adjustments),
            adults: adults.map((adult) => adult.adult),
          },
        ),
      ];
      if (!result || issues.length > 0) {
        throw new BusinessRuleError(
          'invalid-decision',
          'The decision does not agree with the calculation',
          issues.map((issue) => ({ ...issue, message: decisionMessages[issue.code].sv })),
        );
      }
      const decision: RecordedDecision = {
        source: 'staff',
        outcome: body.outcome,
        amount: body.amount,
        motivation: body.motivation?.trim() ? body.motivation.trim() : null,
        period: null,
        hindrances: adults.flatMap(({ adult, name }) => {
          const code = body.hindrances[adult];
          return code ? [{ adult, name, code, text: forsorjningshinderText(code) }] : [];
        }),
        calculation: calculationOf(result),
        costs: input.costs.map((cost) => ({
          id: cost.id,
          label: cost.label,
          applied: cost.amount,
          approved: body.costs.find((item) => item.id === cost.id)?.approved ?? cost.amount,
        })),
        incomes: input.incomes.map((income) => ({
          id: income.id,
          label: income.label,
          amount: income.amount,
          jobStimulus: body.incomes.some((item) => item.id === income.id && item.jobStimulus),
        })),
        letterDocumentId: null,
        decidedAt: new Date().toISOString(),
        decidedBy: { id: identity.staffId, name: await repository.staffName(identity.staffId) },
      };
      await db.transaction(async (tx) => {
        if (!(await repository.recordDecision(tx, caseId, found.status, decision))) {
          throw new ConflictError('The case changed status meanwhile; reload it');
        }
        await repository.insertEvent(tx, {
          caseId,
          type: 'decision_recorded',
          actorKind: 'staff',
          actorId: identity.staffId,
          data: { from: found.status, outcome: decision.outcome, amount: decision.amount },
        });
        await notifier.caseNews(tx, caseId, 'decision-recorded');
        await audit.record(
          {
            ...auditEntry(identity, municipalityId, caseId, 'case.decision.record', requestId),
            details: { from: found.status, outcome: decision.outcome, amount: decision.amount },
          },
          tx,
        );
      });
      return decision;
    },

    /** The decision letter; downloading it is a read of the case and is logged as one. */
    async staffPdf(identity: StaffIdentity, caseId: string, requestId: string) {
      const { municipalityId, found } = await staffCase(identity, caseId);
      const decision = recordedOf(found);
      if (!decision) throw new NotFoundError('The case has no decision');
      await audit.record(auditEntry(identity, municipalityId, caseId, 'case.decision.pdf.download', requestId));
      return { caseNumber: found.caseNumber, body: await letterOf(found, decision) };
    },

    /** The applicant's own decision; another person's case does not exist for them. */
    async mine(identity: ApplicantIdentity, caseId: string) {
      await requireApplicantCase(db, identity, caseId);
      const found = await repository.findCase(caseId);
      if (!found) throw new NotFoundError('Case not found');
      return { found, decision: recordedOf(found) };
    },

    async myPdf(identity: ApplicantIdentity, caseId: string) {
      const { found, decision } = await this.mine(identity, caseId);
      if (!decision) throw new NotFoundError('The case has no decision');
      return { caseNumber: found.caseNumber, body: await letterOf(found, decision) };
    },
  };
}

export type DecisionsService = ReturnType<typeof createDecisionsService>;
