import { randomUUID } from 'node:crypto';
import { parseIdentityNumber } from '@ebistans/schema';
import type { ApplicantLoginMethod, loginChallenges } from '../../db/schema/index.js';
import { UnauthorizedError, BusinessRuleError, UnavailableError } from '../../lib/errors.js';
import {
  codeListBinding,
  generateOneTimeCode,
  hashOneTimeCode,
  maskPhoneNumber,
  oneTimeCodeMatches,
} from '../../lib/one-time-codes.js';
import { verifyPassword } from '../../lib/passwords.js';
import type { SmsSender } from '../notifications/sms-sender.js';
import type { AuthRepository } from './auth.repository.js';
import type { Identity } from './identity.js';
import type { LoginName, LoginThrottle } from './login-throttle.js';

const CODE_VALID_MS = 5 * 60 * 1000;
const MAX_CODE_ATTEMPTS = 5;
/** Only write last_seen_at when it is this stale, so every request is not a write. */
const TOUCH_INTERVAL_MS = 30 * 1000;

interface AuthServiceDeps {
  repository: AuthRepository;
  smsSender: SmsSender;
  throttle: LoginThrottle;
  secret: string;
  idleMinutes: number;
}

interface ApplicantPasswordInput {
  municipality: string;
  personnummer: string;
  password: string;
}

const challengeExpired = () => new UnauthorizedError('challenge-expired', 'Start the login again');

/** A caseworker has deactivated the account ("Hantera sökande"): no login method makes a session for it. */
function refuseDeactivated(applicant: { deactivatedAt: Date | null }) {
  if (applicant.deactivatedAt) throw new BusinessRuleError('account-deactivated', 'The account is deactivated');
}

export function createAuthService({ repository, smsSender, throttle, secret, idleMinutes }: AuthServiceDeps) {
  const idleMs = idleMinutes * 60 * 1000;
  const expiryOf = (lastSeenAt: Date) => {
    const expiresAt = new Date(lastSeenAt.getTime() + idleMs);
    return { expiresAt, expiresInSeconds: Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000)) };
  };

  /** The first factor of both applicant methods; a wrong number and a wrong password look the same. */
  async function checkApplicantPassword(
    input: ApplicantPasswordInput,
    method: Exclude<ApplicantLoginMethod, 'bankid'>,
    clientIp: string,
  ) {
    const methods = await repository.findLoginMethods(input.municipality);
    if (methods && !methods.includes(method)) {
      throw new BusinessRuleError('login-method-disabled', 'The login method is not enabled for this municipality');
    }
    const personnummer = parseIdentityNumber(input.personnummer)?.normalized ?? '';
    const attempt = await throttle.begin(
      { kind: 'applicant', municipality: input.municipality, personnummer },
      clientIp,
    );
    const applicant = await repository.findApplicant(input.municipality, personnummer);
    const passwordOk = await verifyPassword(input.password, applicant?.passwordHash ?? null);
    if (!applicant || !passwordOk) {
      throw await attempt.failed(new UnauthorizedError('invalid-credentials', 'Wrong personnummer or password'));
    }
    await attempt.passed();
    refuseDeactivated(applicant);
    return applicant;
  }

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
    try {
      await smsSender.send(
        subject.mobile,
        `Din engångskod för e-tjänsten ekonomiskt bistånd är ${code}. Den gäller i 5 minuter.`,
      );
    } catch (error) {
      // The gateway is down or refused: the person can do nothing but wait, which the 503 tells them.
      throw new UnavailableError(
        'Det gick inte att skicka engångskoden med sms just nu. Försök igen om en stund.',
        'sms-unavailable',
        { cause: error },
      );
    }
    return { challengeId: id, channel: 'sms' as const, maskedDestination: maskPhoneNumber(subject.mobile) };
  }

  /** A challenge that can still be answered; the code is checked by checkCode. */
  async function openChallenge(expectedKind: 'applicant' | 'staff', challengeId: string) {
    const challenge = await repository.findChallenge(challengeId);
    if (
      !challenge ||
      challenge.subjectKind !== expectedKind ||
      challenge.consumedAt ||
      challenge.expiresAt.getTime() < Date.now() ||
      challenge.attempts >= MAX_CODE_ATTEMPTS
    ) {
      throw challengeExpired();
    }
    return challenge;
  }

  /** The second factor: the SMS code, or the numbered code of the printed list, which then is used up. */
  async function checkCode(
    challenge: typeof loginChallenges.$inferSelect,
    code: string,
    name: LoginName,
    clientIp: string,
  ) {
    const attempt = await throttle.begin(name, clientIp);
    const { codeListId, codeNumber } = challenge;
    const binding = codeListId ? codeListBinding(codeListId, codeNumber!) : challenge.id;
    if (!oneTimeCodeMatches(secret, binding, code, challenge.codeHash)) {
      await repository.countFailedAttempt(challenge.id);
      throw await attempt.failed(new UnauthorizedError('invalid-code', 'Wrong one-time code'));
    }
    const consumed =
      (await repository.consumeChallenge(challenge.id)) &&
      (!codeListId || (await repository.useCode(codeListId, codeNumber!)));
    if (!consumed) {
      await attempt.passed();
      throw challengeExpired();
    }
    await attempt.loggedIn();
  }

  /**
   * A challenge for one numbered code of the owner's printed list, picked at random among the unused ones
   * so that a glimpse of part of the list does not tell which code comes next. Undefined without a list.
   */
  async function codeListChallenge(subject: { kind: 'applicant' | 'staff'; id: string }) {
    const owner = subject.kind === 'applicant' ? { applicantId: subject.id } : { staffId: subject.id };
    const list = await repository.activeCodeList(owner);
    if (!list) return undefined;
    const code = await repository.randomUnusedCode(list.id);
    if (!code) throw new BusinessRuleError('code-list-used-up', 'Every code in the code list has been used');
    const challenge = await repository.createChallenge({
      subjectKind: subject.kind,
      ...owner,
      codeHash: code.codeHash,
      codeListId: list.id,
      codeNumber: code.number,
      expiresAt: new Date(Date.now() + CODE_VALID_MS),
    });
    return { challengeId: challenge.id, codeNumber: code.number };
  }

  return {
    async startApplicantLogin(input: ApplicantPasswordInput, clientIp: string) {
      const applicant = await checkApplicantPassword(input, 'password_sms', clientIp);
      return sendChallenge({ kind: 'applicant', id: applicant.id, mobile: applicant.mobile });
    },

    /** Password, then one numbered code from the printed list, picked at random among the unused ones. */
    async startApplicantCodeListLogin(input: ApplicantPasswordInput, clientIp: string) {
      const applicant = await checkApplicantPassword(input, 'password_code_list', clientIp);
      const challenge = await codeListChallenge({ kind: 'applicant', id: applicant.id });
      if (!challenge) throw new BusinessRuleError('no-code-list', 'The applicant has no code list');
      return challenge;
    },

    async verifyApplicantLogin(input: { challengeId: string; code: string }, clientIp: string) {
      const challenge = await openChallenge('applicant', input.challengeId);
      const applicant = await repository.describeApplicant(challenge.applicantId!);
      if (!applicant) throw challengeExpired();
      refuseDeactivated(applicant.applicant);
      await checkCode(
        challenge,
        input.code,
        {
          kind: 'applicant',
          municipality: applicant.municipality.slug,
          personnummer: applicant.applicant.personnummer,
        },
        clientIp,
      );
      const session = await repository.createSession({
        subjectKind: 'applicant',
        applicantId: applicant.applicant.id,
        municipalityId: applicant.municipality.id,
        loginMethod: challenge.codeListId ? 'password_code_list' : 'password_sms',
      });
      return session.id;
    },

    /**
     * A session for someone an e-ID (BankID) has already identified. Only existing applicants of the
     * municipality get one: an account is never created on the way.
     */
    async startVerifiedApplicantSession(input: {
      municipalityId: string;
      personnummer: string;
      loginMethod: ApplicantLoginMethod;
    }) {
      const applicant = await repository.findApplicantIn(input.municipalityId, input.personnummer);
      if (!applicant) {
        throw new BusinessRuleError('no-applicant-account', 'The person has no applicant account in this municipality');
      }
      refuseDeactivated(applicant);
      const session = await repository.createSession({
        subjectKind: 'applicant',
        applicantId: applicant.id,
        municipalityId: input.municipalityId,
        loginMethod: input.loginMethod,
      });
      return { sessionId: session.id, applicantId: applicant.id };
    },

    /**
     * Username and password, then the second factor: a numbered code of the printed list when the staff
     * member has one (an admin issued it because SMS does not suit them), otherwise a code by SMS.
     */
    async startStaffLogin(input: { username: string; password: string }, clientIp: string) {
      const attempt = await throttle.begin({ kind: 'staff', username: input.username }, clientIp);
      const member = await repository.findStaffByUsername(input.username);
      const passwordOk = await verifyPassword(input.password, member?.passwordHash ?? null);
      if (!member || !passwordOk) {
        throw await attempt.failed(new UnauthorizedError('invalid-credentials', 'Wrong username or password'));
      }
      await attempt.passed();
      const fromList = await codeListChallenge({ kind: 'staff', id: member.id });
      if (fromList) return { ...fromList, channel: 'code_list' as const };
      return sendChallenge({ kind: 'staff', id: member.id, mobile: member.mobile });
    },

    async verifyStaffLogin(input: { challengeId: string; code: string }, clientIp: string) {
      const challenge = await openChallenge('staff', input.challengeId);
      const member = await repository.describeStaff(challenge.staffId!);
      if (!member) throw challengeExpired();
      await checkCode(challenge, input.code, { kind: 'staff', username: member.staff.username }, clientIp);
      const session = await repository.createSession({
        subjectKind: 'staff',
        staffId: member.staff.id,
        municipalityId: member.staff.municipalityId,
        loginMethod: challenge.codeListId ? 'password_code_list' : 'password_sms',
      });
      return session.id;
    },

    /** A session for a staff member the municipality's own identity provider has already identified. */
    async startVerifiedStaffSession(member: { staffId: string; municipalityId: string }) {
      const session = await repository.createSession({
        subjectKind: 'staff',
        staffId: member.staffId,
        municipalityId: member.municipalityId,
        loginMethod: null,
      });
      return session.id;
    },

    /**
     * Resolves a session id from the cookie; ends sessions idle longer than the limit. Without `activity`
     * the request does not count as use, so polling when the session ends does not keep it alive.
     */
    async resolveSession(sessionId: string, { activity = true } = {}): Promise<Identity> {
      const row = await repository.findSession(sessionId);
      if (!row || row.session.revokedAt) throw new UnauthorizedError('session-expired', 'Log in again');
      const idleFor = Date.now() - row.session.lastSeenAt.getTime();
      if (idleFor > idleMs) {
        await repository.revokeSession(sessionId);
        throw new UnauthorizedError('session-expired', 'The session ended after inactivity');
      }
      if (activity && idleFor > TOUCH_INTERVAL_MS) await repository.touchSession(sessionId);
      const { session } = row;
      if (session.subjectKind === 'applicant') {
        return {
          kind: 'applicant',
          sessionId: session.id,
          applicantId: session.applicantId!,
          municipalityId: session.municipalityId!,
          loginMethod: session.loginMethod,
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

    /** When the session ends if nothing more happens; reading it is not activity. */
    async sessionExpiry(sessionId: string) {
      const row = await repository.findSession(sessionId);
      if (!row) throw new UnauthorizedError('session-expired', 'Log in again');
      return expiryOf(row.session.lastSeenAt);
    },

    /** The user answered the "still there?" warning: the idle time starts over. */
    async extendSession(sessionId: string) {
      const now = new Date();
      await repository.touchSession(sessionId, now);
      return expiryOf(now);
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
          loginMethod: identity.loginMethod,
          testMode: row.applicant.testOwnerStaffId !== null,
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
        loginMethod: null,
        testMode: false,
      };
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
