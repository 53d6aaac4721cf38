import type { AddressInfo } from 'node:net';
import type { BankIdConfig } from '../../config/env.js';
import { createRpAgent, createRpClient } from './rp-client.js';
import { BANKID_SIMULATOR_PREFIX } from './simulator/simulator.routes.js';

function loopbackBase(address: AddressInfo | string | null): string {
  if (!address || typeof address === 'string') throw new Error('The embedded BankID simulator needs a TCP listener');
  const host = address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

/**
 * The RP API this app talks to: BankID's over mutual TLS, or in embedded mode the simulator mounted in
 * this same process — reached over HTTP like the real one, so both take the same code path.
 */
export function connectBankId(config: BankIdConfig, listeningAddress: () => AddressInfo | string | null) {
  const agent = createRpAgent(config.kind === 'rp-api' ? config.tls : undefined);
  const embedded = config.kind === 'simulator';
  return {
    client: createRpClient({
      baseUrl: embedded
        ? () => `${loopbackBase(listeningAddress())}${BANKID_SIMULATOR_PREFIX}/rp/v6.0/`
        : () => config.url,
      agent,
    }),
    /** Opens the app on this device; the simulator's page stands in for app.bankid.com. */
    launchUrl: (autoStartToken: string) =>
      `${embedded ? `${BANKID_SIMULATOR_PREFIX}/` : 'bankid:///'}?autostarttoken=${encodeURIComponent(autoStartToken)}&redirect=null`,
    close: () => agent.close(),
  };
}
