import { parseIdentityNumber } from '@ebistans/schema';
import type { Database } from '../../db/client.js';
import { caseScopeFor } from '../../lib/case-access.js';
import { ForbiddenError, NotFoundError } from '../../lib/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { StaffIdentity } from '../auth/identity.js';
import type { ManualCaseRegistration } from './manual-case-registration.js';
import type { ManualCasesRepository } from './manual-cases.repository.js';
import type { manualChannels } from './manual-cases.schemas.js';

interface ManualCasesServiceDeps {
  db: Database;
  repository: ManualCasesRepository;
  registerManualCase: ManualCaseRegistration;
  audit: AuditService;
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
export function createManualCasesService({ db, repository, registerManualCase, audit }: ManualCasesServiceDeps) {
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

    /** Checks and creates the case as one unit; see manual-case-registration.ts. */
    async register(identity: StaffIdentity, input: RegisterInput, requestId: string) {
      const { municipalityId } = registrarScope(identity);
      const applicant = await repository.findById(municipalityId, input.applicantId);
      if (!applicant) throw noSuchApplicant();
      const staffName = (await repository.staffName(identity.staffId)) ?? 'handläggare';
      const { result } = await registerManualCase(
        {
          ...input,
          registrar: { actorKind: 'staff', actorId: identity.staffId, name: staffName },
          municipalityId,
          applicant,
          requestId,
        },
        async (work) => ({ result: await db.transaction(work), replayed: false }),
      );
      return result;
    },
  };
}

export type ManualCasesService = ReturnType<typeof createManualCasesService>;
