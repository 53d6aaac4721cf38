import type { FastifyBaseLogger } from 'fastify';
import type { BankIdFlow, bankIdSignatures } from '../../db/schema/index.js';
import { answersDigest } from '../../lib/answers-digest.js';
import { ConflictError, NotFoundError } from '../../lib/errors.js';
import { applicationForm, checkedAnswers } from '../../lib/form-answers.js';
import type { ApplicantIdentity } from '../auth/identity.js';
import type { BankIdSigningRepository } from './bankid-signing.repository.js';
import { POLL_INTERVAL_MS, failedStatus, pendingStatus, publicHintCode } from './order-status.js';
import { qrCodeData, secondsSince } from './qr-code.js';
import type { RpClient } from './rp-client.js';
import { isUnknownOrder, rpProblem } from './rp-problems.js';
import { signingText } from './signing-text.js';

interface BankIdSigningDeps {
  repository: BankIdSigningRepository;
  rp: RpClient;
  launchUrl: (autoStartToken: string) => string;
  log: FastifyBaseLogger;
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

function finishedStatus(signing: typeof bankIdSignatures.$inferSelect) {
  if (signing.status === 'complete') {
    return {
      status: 'complete' as const,
      hintCode: null,
      messageCode: null,
      signer: { name: signing.signerName!, signedAt: signing.signedAt!.toISOString() },
    };
  }
  return failedStatus(signing.hintCode, signing.flow);
}

/**
 * The applicant signs an application with BankID before submitting it: the app shows a Swedish summary,
 * the digest of the answers goes along unseen, and the completed order's evidence is kept for the case.
 * Like the login, the QR secret stays here; the signing belongs to the session that started it.
 */
export function createBankIdSigningService({ repository, rp, launchUrl, log }: BankIdSigningDeps) {
  async function signingOf(identity: ApplicantIdentity, id: string) {
    const found = await repository.findInSession(id, identity.applicantId, identity.sessionId);
    if (!found) throw new NotFoundError('No such signing in this session');
    return found;
  }

  const cancelOrder = (orderRef: string) =>
    rp.cancel(orderRef).catch((error: unknown) => {
      if (!isUnknownOrder(error)) throw rpProblem(error, log);
    });

  return {
    async start(
      identity: ApplicantIdentity,
      input: { formId: string; formVersion: number; data: Record<string, unknown>; flow: BankIdFlow },
      endUserIp: string,
    ) {
      const form = applicationForm(input.formId, input.formVersion);
      const signer = await repository.signer(identity.applicantId);
      const data = checkedAnswers(form, input.data, {
        today: new Date(),
        applicantIdentityNumber: signer.personnummer,
      });
      const digest = answersDigest(form.id, form.version, data);
      const text = signingText(form, data, signer.municipalityName);

      // BankID refuses a second order for the same person while one runs, so a restart ends ours first.
      for (const running of await repository.pendingInSession(identity.sessionId)) {
        await cancelOrder(running.orderRef);
        await repository.finish(running.id, { status: 'failed', hintCode: 'cancelled' });
      }
      const order = await rp
        .sign({
          endUserIp,
          requirement: { personalNumber: signer.personnummer },
          userVisibleData: base64(text),
          userVisibleDataFormat: 'simpleMarkdownV1',
          userNonVisibleData: base64(digest),
        })
        .catch((error: unknown) => {
          throw rpProblem(error, log);
        });
      const signing = await repository.create({
        municipalityId: identity.municipalityId,
        applicantId: identity.applicantId,
        sessionId: identity.sessionId,
        formId: form.id,
        formVersion: form.version,
        answersDigest: digest,
        visibleText: text,
        flow: input.flow,
        orderRef: order.orderRef,
        qrStartToken: order.qrStartToken,
        qrStartSecret: order.qrStartSecret,
        orderStartedAt: new Date(),
      });
      return {
        id: signing.id,
        flow: input.flow,
        pollIntervalMs: POLL_INTERVAL_MS,
        visibleText: text,
        ...(input.flow === 'same_device'
          ? { autoStartToken: order.autoStartToken, launchUrl: launchUrl(order.autoStartToken) }
          : { qrData: qrCodeData(order.qrStartToken, order.qrStartSecret, 0) }),
      };
    },

    async qrCode(identity: ApplicantIdentity, id: string) {
      const { signing } = await signingOf(identity, id);
      if (signing.status !== 'pending') throw new ConflictError('The BankID signing has ended');
      const seconds = secondsSince(signing.orderStartedAt, Date.now());
      return { qrData: qrCodeData(signing.qrStartToken, signing.qrStartSecret, seconds) };
    },

    async collect(identity: ApplicantIdentity, id: string) {
      const { signing, personnummer } = await signingOf(identity, id);
      if (signing.status !== 'pending') return finishedStatus(signing);

      const result = await rp.collect(signing.orderRef).catch((error: unknown) => {
        if (isUnknownOrder(error)) return { status: 'failed' as const, hintCode: undefined };
        throw rpProblem(error, log);
      });
      if (result.status === 'pending') return pendingStatus(result.hintCode, signing.flow);
      // BankID enforces the personal number the order asked for; checking again costs nothing.
      if (result.status === 'complete' && result.completionData.user.personalNumber === personnummer) {
        const { user, signature, ocspResponse } = result.completionData;
        await repository.finish(signing.id, {
          status: 'complete',
          signature,
          ocspResponse,
          signerPersonnummer: user.personalNumber,
          signerName: user.name,
          signedAt: new Date(),
        });
      } else {
        const hintCode = result.status === 'failed' ? publicHintCode(result.hintCode) : null;
        await repository.finish(signing.id, { status: 'failed', hintCode });
      }
      return finishedStatus((await signingOf(identity, id)).signing);
    },

    async cancel(identity: ApplicantIdentity, id: string) {
      const { signing } = await signingOf(identity, id);
      if (signing.status !== 'pending') return;
      await cancelOrder(signing.orderRef);
      await repository.finish(signing.id, { status: 'failed', hintCode: 'userCancel' });
    },
  };
}

export type BankIdSigningService = ReturnType<typeof createBankIdSigningService>;
