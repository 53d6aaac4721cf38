import { randomUUID } from 'node:crypto';
import { parseIdentityNumber } from '@ebistans/schema';
import { UnauthorizedError, BusinessRuleError } from '../../lib/errors.js';
import { generateOneTimeCode, hashOneTimeCode, maskPhoneNumber, oneTimeCodeMatches } from '../../lib/one-time-codes.js';
import { verifyPassword } from '../../lib/passwords.js';
import type { SmsSender } from '../notifications/sms-sender.js';
import type { AuthRepository } from './auth.repository.js';
import type { Identity } from './identity.js';

const CODE_VALID_MS = 5 * 60 * 1000;
const MAX_CODE_ATTEMPTS = 5;
/** Only write last_seen_at when it is this stale, so every request is not a write. */
const TOUCH_INTERVAL_MS = 30 * 1000;

interface AuthServiceDeps {
  repository: AuthRepository;
  smsSender: SmsSender;
  secret: string;
  idleMinutes: number;
}

export function createAuthService({ repository, smsSender, secret, idleMinutes }: AuthServiceDeps) {
  async function sendChallenge(subject: { kind: 'applicant' | 'staff'; id: string; mobile: string | null }) {
    if (!subject.mobile) {
      throw new BusinessRuleError('no-second-factor', 'The account has no mobile number for the one-time code');
    }
    const id = randomUUID();
    const code = generateOneTimeCode();
    await repository.createChallenge({
      id,
      subjectKind: subject.kind,
      ...(subject.kind === 'applicant' ? { applicantId: subject.id } : { staffId: subject.id }),
      codeHash: hashOneTimeCode(secret, id, code),
      expiresAt: new Date(Date.now() + CODE_VALID_MS),
    });
    // A neutral text: the code and nothing about the person or the case.
    await smsSender.send(subject.mobile, `Din engångskod för e-tjänsten ekonomiskt bistånd är ${code}. Den gäller i 5 minuter.`);
    return { challengeId: id, channel: 'sms' as const, maskedDestination: maskPhoneNumber(subject.mobile) };
  }

  async function verifyChallenge(expectedKind: 'applicant' | 'staff', challengeId: string, code: string) {
    const challenge = await repository.findChallenge(challengeId);
    if (
      !challenge ||
      challenge.subjectKind !== expectedKind ||
      challenge.consumedAt ||
      challenge.expiresAt.getTime() < Date.now() ||
      challenge.attempts >= MAX_CODE_ATTEMPTS
    ) {
      throw new UnauthorizedError('challenge-expired', 'Start the login again');
    }
    if (!oneTimeCodeMatches(secret, challenge.id, code, challenge.codeHash)) {
      await repository.countFailedAttempt(challenge.id);
      throw new UnauthorizedError('invalid-code', 'Wrong one-time code');
    }
    if (!(await repository.consumeChallenge(challenge.id))) {
      throw new UnauthorizedError('challenge-expired', 'Start the login again');
    }
    return challenge;
  }

  return {
    async startApplicantLogin(input: { municipality: string; personnummer: string; password: string }) {
      const personnummer = parseIdentityNumber(input.personnummer)?.normalized ?? '';
      const applicant = await repository.findApplicant(input.municipality, personnummer);
      const passwordOk = await verifyPassword(input.password, applicant?.passwordHash ?? null);
      if (!applicant || !passwordOk) throw new UnauthorizedError('invalid-credentials', 'Wrong personnummer or password');
      return sendChallenge({ kind: 'applicant', id: applicant.id, mobile: applicant.mobile });
    },

    async verifyApplicantLogin(input: { challengeId: string; code: string }) {
      const challenge = await verifyChallenge('applicant', input.challengeId, input.code);
      const applicant = await repository.describeApplicant(challenge.applicantId!);
      if (!applicant) throw new UnauthorizedError('challenge-expired');
      const session = await repository.createSession({
        subjectKind: 'applicant',
        applicantId: applicant.applicant.id,
        municipalityId: applicant.municipality.id,
      });
      return session.id;
    },

    async startStaffLogin(input: { username: string; password: string }) {
      const member = await repository.findStaffByUsername(input.username);
      const passwordOk = await verifyPassword(input.password, member?.passwordHash ?? null);
      if (!member || !passwordOk) throw new UnauthorizedError('invalid-credentials', 'Wrong username or password');
      return sendChallenge({ kind: 'staff', id: member.id, mobile: member.mobile });
    },

    async verifyStaffLogin(input: { challengeId: string; code: string }) {
      const challenge = await verifyChallenge('staff', input.challengeId, input.code);
      const member = await repository.describeStaff(challenge.staffId!);
      if (!member) throw new UnauthorizedError('challenge-expired');
      const session = await repository.createSession({
        subjectKind: 'staff',
        staffId: member.staff.id,
        municipalityId: member.staff.municipalityId,
      });
      return session.id;
    },

    /** Resolves a session id from the cookie; ends sessions idle longer than the limit. */
    async resolveSession(sessionId: string): Promise<Identity> {
      const row = await repository.findSession(sessionId);
      if (!row || row.session.revokedAt) throw new UnauthorizedError('session-expired', 'Log in again');
      const idleMs = Date.now() - row.session.lastSeenAt.getTime();
      if (idleMs > idleMinutes * 60 * 1000) {
        await repository.revokeSession(sessionId);
        throw new UnauthorizedError('session-expired', 'The session ended after inactivity');
      }
      if (idleMs > TOUCH_INTERVAL_MS) await repository.touchSession(sessionId);
      const { session } = row;
      if (session.subjectKind === 'applicant') {
        return {
          kind: 'applicant',
          sessionId: session.id,
          applicantId: session.applicantId!,
          municipalityId: session.municipalityId!,
        };
      }
      return {
        kind: 'staff',
        sessionId: session.id,
        staffId: session.staffId!,
        municipalityId: session.municipalityId,
        role: row.staffRole!,
        restricted: row.staffRestricted ?? false,
      };
    },

    async logout(sessionId: string) {
      await repository.revokeSession(sessionId);
    },

    async describe(identity: Identity) {
      if (identity.kind === 'applicant') {
        const row = await repository.describeApplicant(identity.applicantId);
        if (!row) throw new UnauthorizedError('session-expired');
        return {
          kind: 'applicant' as const,
          id: row.applicant.id,
          displayName: `${row.applicant.givenName} ${row.applicant.familyName}`,
          role: 'applicant' as const,
          municipality: { id: row.municipality.id, slug: row.municipality.slug, name: row.municipality.name },
        };
      }
      const row = await repository.describeStaff(identity.staffId);
      if (!row) throw new UnauthorizedError('session-expired');
      return {
        kind: 'staff' as const,
        id: row.staff.id,
        displayName: row.staff.displayName,
        role: row.staff.role,
        municipality: row.municipality
          ? { id: row.municipality.id, slug: row.municipality.slug, name: row.municipality.name }
          : null,
      };
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
