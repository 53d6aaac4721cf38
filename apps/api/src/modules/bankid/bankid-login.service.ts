import { createHash, randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { BankIdFlow } from '../../db/schema/index.js';
import { BusinessRuleError, ConflictError, NotFoundError, UnauthorizedError } from '../../lib/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { AuthService } from '../auth/auth.service.js';
import type { BankIdLoginRepository } from './bankid-login.repository.js';
import { POLL_INTERVAL_MS, failedStatus, pendingStatus, publicHintCode } from './order-status.js';
import { qrCodeData, secondsSince } from './qr-code.js';
import type { RpClient } from './rp-client.js';
import { isUnknownOrder, rpProblem } from './rp-problems.js';

/** The cookie value that binds a login to the browser that started it; only its hash is stored. */
export const newBrowserKey = () => randomBytes(32).toString('base64url');
const hashBrowserKey = (key: string) => createHash('sha256').update(key).digest('hex');

interface BankIdLoginDeps {
  repository: BankIdLoginRepository;
  rp: RpClient;
  sessions: Pick<AuthService, 'startVerifiedApplicantSession'>;
  audit: Pick<AuditService, 'record'>;
  launchUrl: (autoStartToken: string) => string;
  log: FastifyBaseLogger;
}

/**
 * Applicant login with BankID: start an order for the browser, show the animated QR code computed here,
 * poll BankID for the browser, and turn a completed order into one session for an existing applicant.
 */
export function createBankIdLoginService({ repository, rp, sessions, audit, launchUrl, log }: BankIdLoginDeps) {
  async function loginOf(id: string, browserKey: string | undefined) {
    const login = browserKey ? await repository.findForBrowser(id, hashBrowserKey(browserKey)) : undefined;
    if (!login) throw new NotFoundError('No such BankID login in this browser');
    return login;
  }

  return {
    async start(input: { municipality: string; flow: BankIdFlow; endUserIp: string; browserKey: string }) {
      const municipality = await repository.findMunicipality(input.municipality);
      if (!municipality) throw new NotFoundError('No such municipality');
      if (!municipality.loginMethods.includes('bankid')) {
        throw new BusinessRuleError('login-method-disabled', 'BankID login is not enabled for this municipality');
      }
      // The app shows who asks and why, so a person tricked into scanning someone else's code can tell.
      const text = `Logga in i e-tjänsten för ekonomiskt bistånd hos ${municipality.name}.`;
      const order = await rp
        .auth({ endUserIp: input.endUserIp, userVisibleData: Buffer.from(text, 'utf8').toString('base64') })
        .catch((error: unknown) => {
          throw rpProblem(error, log);
        });
      const login = await repository.create({
        municipalityId: municipality.id,
        browserKeyHash: hashBrowserKey(input.browserKey),
        flow: input.flow,
        orderRef: order.orderRef,
        qrStartToken: order.qrStartToken,
        qrStartSecret: order.qrStartSecret,
        orderStartedAt: new Date(),
      });
      return {
        id: login.id,
        flow: input.flow,
        pollIntervalMs: POLL_INTERVAL_MS,
        ...(input.flow === 'same_device'
          ? { autoStartToken: order.autoStartToken, launchUrl: launchUrl(order.autoStartToken) }
          : { qrData: qrCodeData(order.qrStartToken, order.qrStartSecret, 0) }),
      };
    },

    async qrCode(id: string, browserKey: string | undefined) {
      const login = await loginOf(id, browserKey);
      if (login.status !== 'pending') throw new ConflictError('The BankID login has ended');
      const seconds = secondsSince(login.orderStartedAt, Date.now());
      return { qrData: qrCodeData(login.qrStartToken, login.qrStartSecret, seconds) };
    },

    async collect(id: string, browserKey: string | undefined, requestId: string) {
      const login = await loginOf(id, browserKey);
      if (login.status === 'complete') throw new UnauthorizedError('challenge-expired', 'Start the login again');
      if (login.status === 'failed') return failedStatus(login.hintCode, login.flow);

      const result = await rp.collect(login.orderRef).catch((error: unknown) => {
        // BankID answers a finished order once: a parallel poll got it, or the order is long gone.
        if (isUnknownOrder(error)) throw new UnauthorizedError('challenge-expired', 'Start the login again');
        throw rpProblem(error, log);
      });
      if (result.status === 'pending') return pendingStatus(result.hintCode, login.flow);
      if (result.status === 'failed') {
        await repository.finish(login.id, { status: 'failed', hintCode: publicHintCode(result.hintCode) });
        return failedStatus(result.hintCode, login.flow);
      }
      // One session per order, even if two polls race here.
      if (!(await repository.finish(login.id, { status: 'complete' }))) {
        throw new UnauthorizedError('challenge-expired', 'Start the login again');
      }
      const { sessionId, applicantId } = await sessions.startVerifiedApplicantSession({
        municipalityId: login.municipalityId,
        personnummer: result.completionData.user.personalNumber,
        loginMethod: 'bankid',
      });
      await audit.record({
        municipalityId: login.municipalityId,
        actorKind: 'applicant',
        actorId: applicantId,
        action: 'login',
        entityType: 'session',
        entityId: sessionId,
        requestId,
        details: { method: 'bankid' },
      });
      return { status: 'complete' as const, hintCode: null, messageCode: null, sessionId };
    },

    async cancel(id: string, browserKey: string | undefined) {
      const login = await loginOf(id, browserKey);
      if (login.status !== 'pending') return;
      await rp.cancel(login.orderRef).catch((error: unknown) => {
        if (!isUnknownOrder(error)) throw rpProblem(error, log);
      });
      // The user cancelled, only from our page instead of the app.
      await repository.finish(login.id, { status: 'failed', hintCode: 'userCancel' });
    },
  };
}

export type BankIdLoginService = ReturnType<typeof createBankIdLoginService>;
