import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import type { BankIdFlow, BankIdOrders } from '../lib/bankid-orders';

export interface SigningInput {
  formId: string;
  formVersion: number;
  /** The answers exactly as they will be submitted; the API signs their digest. */
  data: Record<string, unknown>;
}

/** Starts signing an application's answers by the logged-in applicant; the API checks them first. */
export async function startSigning(input: SigningInput, flow: BankIdFlow) {
  return unwrap(await api.POST('/api/applicant/signatures/start', { body: { ...input, flow } }));
}

const collect = async (id: string, signal: AbortSignal) =>
  unwrap(await api.POST('/api/applicant/signatures/{id}/collect', { params: { path: { id } }, signal }));

export const signingOrders: BankIdOrders<Awaited<ReturnType<typeof collect>>> = {
  qrCode: async (id, signal) =>
    unwrap(await api.GET('/api/applicant/signatures/{id}/qr', { params: { path: { id } }, signal })),
  collect,
  cancel: async (id) => {
    unwrap(await api.POST('/api/applicant/signatures/{id}/cancel', { params: { path: { id } } }));
  },
};
