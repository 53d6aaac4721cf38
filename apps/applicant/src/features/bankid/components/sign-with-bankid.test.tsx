// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { act, fireEvent, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { renderPage } from '../../../test-support/render-page';
import { SignWithBankId } from './sign-with-bankid';

const base = '/api/applicant/signatures';
const signatureId = '3c1e7f1d-8a52-4d0b-9a53-0d3c5e0f9a22';
let started: unknown[] = [];
let cancelled = 0;

const server = mockApi(
  http.post(`${base}/start`, async ({ request }) => {
    started.push(await request.json());
    return HttpResponse.json({
      id: signatureId,
      flow: 'other_device',
      pollIntervalMs: 2000,
      visibleText: 'Ansökan om ekonomiskt bistånd',
      qrData: 'bankid.token.0.code',
    });
  }),
  http.get(`${base}/:id/qr`, () => HttpResponse.json({ qrData: 'bankid.token.1.code' })),
  http.post(`${base}/:id/collect`, () =>
    HttpResponse.json({
      status: 'complete',
      hintCode: null,
      messageCode: null,
      signer: { name: 'Tolvan Tolvansson', signedAt: '2026-05-04T10:00:00.000Z' },
    }),
  ),
  http.post(`${base}/:id/cancel`, () => {
    cancelled += 1;
    return new HttpResponse(null, { status: 204 });
  }),
);

const data = { period: '2026-06', changes: { changed: false } };

function renderSigning() {
  started = [];
  cancelled = 0;
  const onSigned = vi.fn();
  const onCancel = vi.fn();
  renderPage(
    <SignWithBankId
      formId="ekonomiskt-bistand-manadsansokan"
      formVersion={2}
      data={data}
      onSigned={onSigned}
      onCancel={onCancel}
    />,
  );
  return { onSigned, onCancel };
}

describe('SignWithBankId', () => {
  it('signs exactly the given answers and hands over the signature id when BankID is done', async () => {
    const { onSigned } = renderSigning();
    fireEvent.click(screen.getByRole('button', { name: 'Skriv under med Mobilt BankID på en annan enhet' }));
    await act(async () => {
      await vi.waitFor(() => expect(onSigned).toHaveBeenCalled());
    });
    expect(started).toEqual([
      { formId: 'ekonomiskt-bistand-manadsansokan', formVersion: 2, data, flow: 'other_device' },
    ]);
    expect(onSigned).toHaveBeenCalledWith(signatureId);
  });

  it('cancels the signing at BankID when the applicant cancels it, and says so', async () => {
    server.use(
      http.post(`${base}/:id/collect`, () =>
        HttpResponse.json({ status: 'pending', hintCode: 'outstandingTransaction', messageCode: 'rfa1' }),
      ),
    );
    const { onCancel, onSigned } = renderSigning();
    fireEvent.click(screen.getByRole('button', { name: 'Skriv under med Mobilt BankID på en annan enhet' }));
    await screen.findByRole('heading', { name: 'Skriv under med BankID' });
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    await act(async () => {
      await vi.waitFor(() => expect(onCancel).toHaveBeenCalledOnce());
    });
    expect(cancelled).toBe(1);
    expect(onSigned).not.toHaveBeenCalled();
  });

  it('lets the applicant leave before starting', () => {
    const { onCancel } = renderSigning();
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(started).toEqual([]);
  });
});
