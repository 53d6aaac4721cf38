import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import type { BankIdFlow, BankIdOrders } from '../lib/bankid-orders';

/** Starts a BankID login in a municipality; the order is bound to this browser by a cookie the API sets. */
export async function startLogin(municipality: string, flow: BankIdFlow) {
  return unwrap(await api.POST('/api/auth/applicant/bankid/start', { body: { municipality, flow } }));
}

const collect = async (id: string, signal: AbortSignal) =>
  unwrap(await api.POST('/api/auth/applicant/bankid/{id}/collect', { params: { path: { id } }, signal }));

export type LoginStatus = Awaited<ReturnType<typeof collect>>;

export const loginOrders: BankIdOrders<LoginStatus> = {
  qrCode: async (id, signal) =>
    unwrap(await api.GET('/api/auth/applicant/bankid/{id}/qr', { params: { path: { id } }, signal })),
  collect,
  cancel: async (id) => {
    unwrap(await api.POST('/api/auth/applicant/bankid/{id}/cancel', { params: { path: { id } } }));
  },
};
