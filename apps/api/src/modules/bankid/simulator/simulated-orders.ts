import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { qrAuthCode, qrCodeData, secondsSince } from '../qr-code.js';
import type { AuthRequest, CompletionData, RpErrorCode } from '../rp-api.schemas.js';
import { simulatedEvidence } from './simulated-evidence.js';

/** An answer the simulator gives as `{errorCode, details}`, the RP API's error body. */
export class SimulatorError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: RpErrorCode | 'invalidQrCode' | 'staleQrCode' | 'alreadyOpened' | 'notOpened' | 'wrongPerson',
    readonly details: string,
  ) {
    super(details);
  }
}

interface SimulatedPerson {
  personalNumber: string;
  givenName: string;
  surname: string;
}

/** Skatteverket's test number Tolvan Tolvansson, who is also the demo applicant. */
export const demoPerson: SimulatedPerson = {
  personalNumber: '191212121212',
  givenName: 'Tolvan',
  surname: 'Tolvansson',
};

export const rejectHintCodes = ['userCancel', 'startFailed', 'certificateErr'] as const;
type RejectHintCode = (typeof rejectHintCodes)[number];

type OrderState =
  | { status: 'pending'; hintCode: 'outstandingTransaction' | 'started' | 'userSign' }
  | { status: 'failed'; hintCode: RejectHintCode | 'expiredTransaction' | 'cancelled' }
  | { status: 'complete'; completionData: CompletionData };

interface SimulatedOrder {
  orderRef: string;
  kind: 'auth' | 'sign';
  autoStartToken: string;
  qrStartToken: string;
  qrStartSecret: string;
  requiredPersonalNumber: string | undefined;
  /** Decoded userVisibleData, shown by "the app". */
  visibleText: string | undefined;
  visibleData: string | undefined;
  nonVisibleData: string | undefined;
  createdAt: number;
  /** The address of the device that opened the order, reported in completionData like BankID does. */
  deviceIp: string | undefined;
  state: OrderState;
}

export interface SimulatorOptions {
  /** How long an order may stay pending before it fails with expiredTransaction (BankID: minutes). */
  orderTtlMs?: number;
  /** How far the scanned second may be from the simulator's own count (display lag, clock steps). */
  qrSkewSeconds?: number;
  now?: () => number;
}

const invalidParameters = (details: string) => new SimulatorError(400, 'invalidParameters', details);

/**
 * The orders of a BankID simulator, in memory: the RP API side (start, collect, cancel) and the app side
 * (open by QR code or autostart token, approve as a person, reject). Follows the real service where it
 * matters to a relying party: a finished order can be collected once, a second order bound to the same
 * personal number fails both with alreadyInProgress/cancelled, and the QR code must be fresh and signed.
 */
export function createSimulatedOrders({
  orderTtlMs = 3 * 60 * 1000,
  qrSkewSeconds = 2,
  now = Date.now,
}: SimulatorOptions = {}) {
  const orders = new Map<string, SimulatedOrder>();

  /** Pending orders past their time fail; finished ones nobody collects are forgotten a while later. */
  function sweep() {
    const time = now();
    for (const order of orders.values()) {
      if (order.state.status === 'pending' && time - order.createdAt > orderTtlMs) {
        order.state = { status: 'failed', hintCode: 'expiredTransaction' };
      } else if (time - order.createdAt > orderTtlMs + 10 * 60 * 1000) {
        orders.delete(order.orderRef);
      }
    }
  }

  function findPending(matches: (order: SimulatedOrder) => boolean) {
    sweep();
    const order = [...orders.values()].find((candidate) => candidate.state.status === 'pending' && matches(candidate));
    if (!order) throw new SimulatorError(404, 'notFound', 'No such pending order');
    return order;
  }
  const pendingOrder = (orderRef: string) => findPending((order) => order.orderRef === orderRef);

  function open(order: SimulatedOrder, hintCode: 'started' | 'userSign', deviceIp: string) {
    if (order.state.status !== 'pending' || order.state.hintCode !== 'outstandingTransaction') {
      throw new SimulatorError(409, 'alreadyOpened', 'The order is already open in an app');
    }
    order.state = { status: 'pending', hintCode };
    order.deviceIp = deviceIp;
    return describe(order);
  }

  function describe(order: SimulatedOrder) {
    const time = now();
    return {
      orderRef: order.orderRef,
      kind: order.kind,
      hintCode: order.state.status === 'pending' ? order.state.hintCode : null,
      visibleText: order.visibleText ?? null,
      requiredPersonalNumber: order.requiredPersonalNumber ?? null,
      ageSeconds: secondsSince(order.createdAt, time),
      expiresInSeconds: Math.max(0, Math.ceil((order.createdAt + orderTtlMs - time) / 1000)),
    };
  }

  return {
    start(kind: 'auth' | 'sign', request: AuthRequest) {
      sweep();
      const personalNumber = request.requirement?.personalNumber;
      if (personalNumber) {
        const running = [...orders.values()].find(
          (order) => order.state.status === 'pending' && order.requiredPersonalNumber === personalNumber,
        );
        if (running) {
          // Like BankID: the running order is cancelled and no new one is created.
          running.state = { status: 'failed', hintCode: 'cancelled' };
          throw new SimulatorError(
            400,
            'alreadyInProgress',
            'An order for this personal number is already in progress',
          );
        }
      }
      const order: SimulatedOrder = {
        orderRef: randomUUID(),
        kind,
        autoStartToken: randomUUID(),
        qrStartToken: randomUUID(),
        qrStartSecret: randomUUID(),
        requiredPersonalNumber: personalNumber,
        visibleData: request.userVisibleData,
        visibleText: request.userVisibleData && Buffer.from(request.userVisibleData, 'base64').toString('utf8'),
        nonVisibleData: request.userNonVisibleData,
        createdAt: now(),
        deviceIp: undefined,
        state: { status: 'pending', hintCode: 'outstandingTransaction' },
      };
      orders.set(order.orderRef, order);
      const { orderRef, autoStartToken, qrStartToken, qrStartSecret } = order;
      return { orderRef, autoStartToken, qrStartToken, qrStartSecret };
    },

    /** A finished order is answered once and then forgotten, as BankID does. */
    collect(orderRef: string) {
      sweep();
      const order = orders.get(orderRef);
      if (!order) throw invalidParameters('No such order');
      if (order.state.status !== 'pending') orders.delete(orderRef);
      return { orderRef, ...order.state };
    },

    cancel(orderRef: string) {
      sweep();
      if (!orders.delete(orderRef)) throw invalidParameters('No such order');
    },

    /** The app scanned a QR code: it must name a pending order, be signed with its secret, and be fresh. */
    openWithQrCode(qrData: string, deviceIp: string) {
      const match = /^bankid\.([^.]+)\.(\d{1,9})\.([0-9a-f]{64})$/.exec(qrData);
      if (!match) throw new SimulatorError(400, 'invalidQrCode', 'Not a BankID QR code');
      const [, qrStartToken, second = '', code = ''] = match;
      const order = findPending((candidate) => candidate.qrStartToken === qrStartToken);
      const expected = Buffer.from(qrAuthCode(order.qrStartSecret, Number(second)), 'hex');
      if (!timingSafeEqual(expected, Buffer.from(code, 'hex'))) {
        throw new SimulatorError(400, 'invalidQrCode', 'The QR code is not signed with the order secret');
      }
      if (Math.abs(Number(second) - secondsSince(order.createdAt, now())) > qrSkewSeconds) {
        throw new SimulatorError(400, 'staleQrCode', 'The QR code is not the current one');
      }
      return open(order, 'userSign', deviceIp);
    },

    /** The app was opened on the same device through bankid:///?autostarttoken=… */
    openWithAutoStartToken(autoStartToken: string, deviceIp: string) {
      return open(
        findPending((candidate) => candidate.autoStartToken === autoStartToken),
        'started',
        deviceIp,
      );
    },

    /** The developer's "camera": the code on screen right now, checked like any scanned code. */
    currentQrCode(orderRef: string) {
      const order = pendingOrder(orderRef);
      return qrCodeData(order.qrStartToken, order.qrStartSecret, secondsSince(order.createdAt, now()));
    },

    approve(orderRef: string, person: SimulatedPerson) {
      const order = pendingOrder(orderRef);
      if (order.state.status !== 'pending' || order.state.hintCode === 'outstandingTransaction') {
        throw new SimulatorError(409, 'notOpened', 'Scan the QR code or use the autostart token first');
      }
      if (order.requiredPersonalNumber && order.requiredPersonalNumber !== person.personalNumber) {
        throw new SimulatorError(409, 'wrongPerson', 'The order is bound to another personal number');
      }
      order.state = {
        status: 'complete',
        completionData: {
          user: { ...person, name: `${person.givenName} ${person.surname}` },
          device: { ipAddress: order.deviceIp ?? '127.0.0.1', uhi: randomBytes(18).toString('base64') },
          bankIdIssueDate: '2024-01-15',
          ...simulatedEvidence(order, person, now()),
        },
      };
      return describe(order);
    },

    reject(orderRef: string, hintCode: RejectHintCode) {
      const order = pendingOrder(orderRef);
      order.state = { status: 'failed', hintCode };
    },

    pending() {
      sweep();
      return [...orders.values()].filter((order) => order.state.status === 'pending').map(describe);
    },
  };
}
