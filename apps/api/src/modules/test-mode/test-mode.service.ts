import { caseScopeFor } from '../../lib/case-access.js';
import type { AuditService } from '../audit/audit.service.js';
import type { AuthService } from '../auth/auth.service.js';
import type { StaffIdentity } from '../auth/identity.js';
import { testApplicantPersonnummer } from './test-applicant-number.js';
import type { TestModeRepository } from './test-mode.repository.js';

interface TestModeServiceDeps {
  repository: TestModeRepository;
  sessions: Pick<AuthService, 'startVerifiedApplicantSession' | 'logout'>;
  audit: AuditService;
}

/** Enough to get past a clash with another caseworker's randomly numbered test applicant. */
const NUMBER_ATTEMPTS = 5;

/** "Prova e-tjänsten": a caseworker uses the applicant's e-service as their own test applicant. */
export function createTestModeService({ repository, sessions, audit }: TestModeServiceDeps) {
  /** The staff member's test applicant, made on the first use; there is at most one per staff member. */
  async function testApplicantOf(identity: StaffIdentity, municipalityId: string) {
    const existing = await repository.findTestApplicant(identity.staffId);
    if (existing) return existing;
    const name = (await repository.staffName(identity.staffId)) ?? 'handläggare';
    for (let attempt = 0; attempt < NUMBER_ATTEMPTS; attempt += 1) {
      const created = await repository.insertTestApplicant({
        municipalityId,
        personnummer: testApplicantPersonnummer(),
        givenName: 'Testperson',
        familyName: name,
        testOwnerStaffId: identity.staffId,
      });
      if (created) return created;
      // Another request of the same staff member may have made it meanwhile.
      const made = await repository.findTestApplicant(identity.staffId);
      if (made) return made;
    }
    throw new Error('Could not find a free test personnummer');
  }

  return {
    /**
     * Starts an applicant session as the staff member's test applicant and ends the staff session. Both
     * apps share one session cookie, so the browser can hold only one of them; the staff session is
     * revoked rather than left alive without its cookie, and the caseworker logs in again afterwards.
     */
    async start(identity: StaffIdentity, requestId: string) {
      const { municipalityId } = caseScopeFor(identity);
      const applicant = await testApplicantOf(identity, municipalityId);
      // The caseworker proved who they are with their own login. No e-ID belongs to a made-up person,
      // so the test session is a password-type login and the application is signed by declaration.
      const session = await sessions.startVerifiedApplicantSession({
        municipalityId,
        personnummer: applicant.personnummer,
        loginMethod: 'password_sms',
      });
      await audit.record({
        municipalityId,
        actorKind: 'staff',
        actorId: identity.staffId,
        action: 'test-mode.start',
        entityType: 'applicant',
        entityId: applicant.id,
        requestId,
      });
      await sessions.logout(identity.sessionId);
      return { sessionId: session.sessionId, applicantId: applicant.id };
    },
  };
}

export type TestModeService = ReturnType<typeof createTestModeService>;
