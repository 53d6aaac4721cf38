import type { FastifyError, FastifyPluginAsync, FastifyReply } from 'fastify';
import { z } from 'zod';
import { authRequestSchema, orderRefRequestSchema, signRequestSchema } from '../rp-api.schemas.js';
import {
  createSimulatedOrders,
  demoPerson,
  rejectHintCodes,
  SimulatorError,
  type SimulatorOptions,
} from './simulated-orders.js';
import { simulatorPage } from './simulator-page.js';

/** Where app.ts mounts the simulator in embedded mode; the RP API is then at `<prefix>/rp/v6.0/`. */
export const BANKID_SIMULATOR_PREFIX = '/bankid-simulator';

const openBody = z.union([
  z.strictObject({ qrData: z.string().min(1).max(300) }),
  z.strictObject({ autoStartToken: z.string().min(1).max(100) }),
]);
const personBody = z.object({
  personalNumber: z.string().regex(/^\d{12}$/, 'must be 12 digits'),
  givenName: z.string().trim().min(1).max(100).optional(),
  surname: z.string().trim().min(1).max(100).optional(),
});
const rejectBody = z.object({ hintCode: z.enum(rejectHintCodes).default('userCancel') });

function parse<Schema extends z.ZodType>(schema: Schema, body: unknown): z.output<Schema> {
  const result = schema.safeParse(body);
  if (!result.success) {
    const path = result.error.issues[0]?.path.join('.');
    throw new SimulatorError(400, 'invalidParameters', path ? `Invalid ${path}` : 'Invalid body');
  }
  return result.data;
}

const sendError = (reply: FastifyReply, status: number, errorCode: string, details: string) =>
  reply.status(status).type('application/json').send({ errorCode, details });

/**
 * A BankID simulator speaking the RP API v6.0 (`/rp/v6.0/auth|sign|collect|cancel`, errors as
 * `{errorCode, details}`) plus the app side a developer or test drives (`/app/…`, and the page at `/`).
 * Never registered in production (config refuses it); hidden from the OpenAPI document.
 */
export const bankIdSimulator: FastifyPluginAsync<SimulatorOptions> = async (app, options) => {
  const orders = createSimulatedOrders(options);
  const hidden = { schema: { hide: true } };

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof SimulatorError) return sendError(reply, error.status, error.errorCode, error.details);
    const status = error.statusCode ?? 500;
    if (status === 415) return sendError(reply, 415, 'unsupportedMediaType', 'Use application/json');
    if (status < 500) return sendError(reply, 400, 'invalidParameters', 'Invalid body');
    request.log.error({ err: error }, 'BankID simulator failed');
    return sendError(reply, 500, 'internalError', 'Internal error');
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, 404, 'notFound', 'No such endpoint'));
  // BankID takes JSON only; anything else is unsupportedMediaType.
  app.removeContentTypeParser('text/plain');

  // The relying party's side
  app.post('/rp/v6.0/auth', hidden, async (request) => orders.start('auth', parse(authRequestSchema, request.body)));
  app.post('/rp/v6.0/sign', hidden, async (request) => orders.start('sign', parse(signRequestSchema, request.body)));
  app.post('/rp/v6.0/collect', hidden, async (request) =>
    orders.collect(parse(orderRefRequestSchema, request.body).orderRef),
  );
  app.post('/rp/v6.0/cancel', hidden, async (request) => {
    orders.cancel(parse(orderRefRequestSchema, request.body).orderRef);
    return {};
  });
  app.route({
    method: ['GET', 'PUT', 'PATCH', 'DELETE'],
    url: '/rp/v6.0/:endpoint',
    ...hidden,
    handler: async () => {
      throw new SimulatorError(405, 'methodNotAllowed', 'Use POST');
    },
  });

  // The app's side
  app.get('/', hidden, async (_request, reply) => reply.type('text/html; charset=utf-8').send(simulatorPage));
  app.get('/app/orders', hidden, async () => ({ items: orders.pending() }));
  app.post('/app/open', hidden, async (request) => {
    const body = parse(openBody, request.body);
    return 'qrData' in body
      ? orders.openWithQrCode(body.qrData, request.ip)
      : orders.openWithAutoStartToken(body.autoStartToken, request.ip);
  });
  app.post<{ Params: { orderRef: string } }>('/app/orders/:orderRef/scan', hidden, async (request) =>
    orders.openWithQrCode(orders.currentQrCode(request.params.orderRef), request.ip),
  );
  app.post<{ Params: { orderRef: string } }>('/app/orders/:orderRef/approve', hidden, async (request) => {
    const { personalNumber, givenName, surname } = parse(personBody, request.body);
    const known = personalNumber === demoPerson.personalNumber ? demoPerson : undefined;
    return orders.approve(request.params.orderRef, {
      personalNumber,
      givenName: givenName ?? known?.givenName ?? 'Testa',
      surname: surname ?? known?.surname ?? 'Testsson',
    });
  });
  app.post<{ Params: { orderRef: string } }>('/app/orders/:orderRef/reject', hidden, async (request) => {
    orders.reject(request.params.orderRef, parse(rejectBody, request.body).hintCode);
    return {};
  });
};
