import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import type { SimulatorOptions } from '../../src/modules/bankid/simulator/simulated-orders.js';
import { bankIdSimulator } from '../../src/modules/bankid/simulator/simulator.routes.js';

export interface RunningSimulator {
  /** Base of the app side, e.g. http://127.0.0.1:1234 (the page, /app/…). */
  url: string;
  /** What BANKID_URL points at. */
  rpUrl: string;
  /** Moves the simulator's clock, e.g. past an order's lifetime. */
  advanceClock(ms: number): void;
  close(): Promise<void>;
}

/**
 * The BankID simulator as its own HTTP(S) server on a random port, laid out like BankID's service
 * (`/rp/v6.0/…` at the root). With `https`, it demands a client certificate signed by the given CA.
 */
export async function startBankIdSimulator(
  options: SimulatorOptions & { https?: { key: Buffer; cert: Buffer; ca: Buffer } } = {},
): Promise<RunningSimulator> {
  let offset = 0;
  const { https, ...simulatorOptions } = options;
  const server = Fastify({
    serverFactory: (handler) =>
      https
        ? createHttpsServer({ ...https, requestCert: true, rejectUnauthorized: true }, handler)
        : createServer(handler),
  });
  await server.register(bankIdSimulator, { now: () => Date.now() + offset, ...simulatorOptions });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const { port } = server.server.address() as AddressInfo;
  const url = `${https ? 'https' : 'http'}://127.0.0.1:${port}`;
  return {
    url,
    rpUrl: `${url}/rp/v6.0/`,
    advanceClock: (ms) => void (offset += ms),
    close: () => server.close(),
  };
}
