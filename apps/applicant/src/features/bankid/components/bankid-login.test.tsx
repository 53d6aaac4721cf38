// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { act, fireEvent, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectAccessible } from '../../../test-support/expect-accessible';
import { renderPage } from '../../../test-support/render-page';
import { BankIdLogin } from './bankid-login';

const base = '/api/auth/applicant/bankid';
const orderId = '7f1d8a52-3c1e-4d0b-9a53-0d3c5e0f9a11';
const me = {
  kind: 'applicant',
  id: '0b8a3c1e-8d4f-4a51-9f1e-2a0c6f4b7d20',
  displayName: 'Tolvan Tolvansson',
  role: 'applicant',
  municipality: { id: '5d2c7a9e-1b3f-4e8a-8c6d-4f2a1b0e9c33', slug: 'demokommun', name: 'Demo kommun' },
};
const pending = (hintCode: string, messageCode: string) => ({ status: 'pending', hintCode, messageCode });

// What the API is asked, and what collect answers next (the last answer repeats).
let calls: { start: unknown[]; qr: number; collect: number; cancel: number };
let collectAnswers: object[];

const server = mockApi(
  http.post(`${base}/start`, async ({ request }) => {
    const body = (await request.json()) as { flow: string };
    calls.start.push(body);
    return HttpResponse.json(
      body.flow === 'other_device'
        ? { id: orderId, flow: 'other_device', pollIntervalMs: 2000, qrData: 'bankid.token.0.first' }
        : {
            id: orderId,
            flow: 'same_device',
            pollIntervalMs: 2000,
            autoStartToken: 'auto-token',
            launchUrl: '/bankid-simulator/?autostarttoken=auto-token&redirect=null',
          },
    );
  }),
  http.get(`${base}/:id/qr`, () => {
    calls.qr += 1;
    return HttpResponse.json({ qrData: `bankid.token.${calls.qr}.code${calls.qr}` });
  }),
  http.post(`${base}/:id/collect`, () => {
    calls.collect += 1;
    const answer = collectAnswers.length > 1 ? collectAnswers.shift() : collectAnswers[0];
    return HttpResponse.json(answer);
  }),
  http.post(`${base}/:id/cancel`, () => {
    calls.cancel += 1;
    return new HttpResponse(null, { status: 204 });
  }),
);

beforeEach(() => {
  calls = { start: [], qr: 0, collect: 0, cancel: 0 };
  collectAnswers = [pending('outstandingTransaction', 'rfa1')];
  // Only the clocks the polling uses: the mocked network resolves on promises, which must keep running.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Lets the mocked network answer: its streams settle over several turns of the event loop. */
async function settle() {
  for (let turn = 0; turn < 10; turn += 1) await act(() => new Promise((resolve) => setImmediate(resolve)));
}

/** Moves the clock on, then lets what that started finish. */
async function wait(ms: number) {
  await act(() => vi.advanceTimersByTimeAsync(ms));
  await settle();
}
const qrPath = () => document.querySelector('svg.qr-code path')?.getAttribute('d');

function renderLogin() {
  const onLoggedIn = vi.fn();
  const view = renderPage(<BankIdLogin municipality="demokommun" onLoggedIn={onLoggedIn} />);
  return { ...view, onLoggedIn };
}

async function startOtherDevice() {
  fireEvent.click(screen.getByRole('button', { name: 'Mobilt BankID på en annan enhet' }));
  await wait(0);
}

describe('BankID login on another device', () => {
  it('shows a QR code renewed every second, collects every two seconds, hides the code once scanned and logs in', async () => {
    const { onLoggedIn } = renderLogin();
    // A computer: the QR code is the first choice.
    const [first] = screen.getAllByRole('button');
    expect(first).toHaveProperty('textContent', 'Mobilt BankID på en annan enhet');
    await startOtherDevice();

    expect(calls.start).toEqual([{ municipality: 'demokommun', flow: 'other_device' }]);
    const heading = screen.getByRole('heading', { name: 'Logga in med BankID' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByRole('img', { name: /^QR-kod för BankID/ })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Starta BankID-appen.');

    const firstCode = qrPath();
    await wait(1000);
    expect(calls.qr).toBe(1);
    expect(qrPath()).not.toBe(firstCode);
    await wait(3000);
    expect(calls.qr).toBe(4);
    // Once at the start, then every two seconds.
    expect(calls.collect).toBe(3);

    // The phone has scanned the code: it is taken away and the app's message shown, in the computer wording.
    collectAnswers = [pending('started', 'rfa15')];
    await wait(2000);
    expect(screen.queryByRole('img', { name: /QR-kod/ })).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(
      /^Söker efter BankID.*i den här datorn\. Om du har ett BankID-kort/,
    );
    const qrCallsWhenScanned = calls.qr;
    await wait(3000);
    expect(calls.qr).toBe(qrCallsWhenScanned);

    collectAnswers = [{ status: 'complete', hintCode: null, messageCode: null, me }];
    await wait(2000);
    expect(onLoggedIn).toHaveBeenCalledWith(me);
    const collectsWhenDone = calls.collect;
    await wait(6000);
    expect(calls.collect).toBe(collectsWhenDone);
  });

  it('has nothing axe finds wrong while the QR code is shown', async () => {
    // axe waits on real timers.
    vi.useRealTimers();
    const { container } = renderLogin();
    fireEvent.click(screen.getByRole('button', { name: 'Mobilt BankID på en annan enhet' }));
    await screen.findByRole('img', { name: /^QR-kod för BankID/ });
    await expectAccessible(container);
  });

  it('stops and shows BankID’s message when the order fails, and offers to try again', async () => {
    renderLogin();
    collectAnswers = [
      pending('outstandingTransaction', 'rfa1'),
      { status: 'failed', hintCode: 'userCancel', messageCode: 'rfa6' },
    ];
    await startOtherDevice();
    await wait(2000);

    expect(screen.getByRole('alert').textContent).toBe('Åtgärden avbruten.');
    expect(screen.queryByRole('img', { name: /QR-kod/ })).toBeNull();
    const after = { ...calls };
    await wait(6000);
    expect(calls.qr).toBe(after.qr);
    expect(calls.collect).toBe(after.collect);

    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    await settle();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Mobilt BankID på en annan enhet' }));
  });

  it('cancels the order at BankID when the user cancels, and offers the choice again', async () => {
    renderLogin();
    await startOtherDevice();
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    await settle();
    expect(calls.cancel).toBe(1);
    expect(screen.getByRole('button', { name: 'BankID på den här enheten' })).toBeTruthy();
    const collects = calls.collect;
    await wait(6000);
    expect(calls.collect).toBe(collects);
  });

  it('cancels a running order when the page is left', async () => {
    const { unmount } = renderLogin();
    await startOtherDevice();
    unmount();
    await wait(0);
    expect(calls.cancel).toBe(1);
  });

  it('shows BankID’s RFA4 text when an order for the person is already running', async () => {
    server.use(
      http.post(`${base}/start`, () =>
        HttpResponse.json(
          {
            type: 'urn:ebistans:problem:bankid-already-in-progress',
            title: 'Conflict',
            status: 409,
            requestId: 'r1',
          },
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    renderLogin();
    await startOtherDevice();
    expect(screen.getByRole('alert').textContent).toBe(
      'En identifiering eller underskrift för det här personnumret är redan påbörjad. Försök igen.',
    );
  });
});

describe('BankID login on this device', () => {
  it('offers the link that opens the app, here the simulator in a new tab, and shows no QR code', async () => {
    renderLogin();
    collectAnswers = [pending('outstandingTransaction', 'rfa13')];
    fireEvent.click(screen.getByRole('button', { name: 'BankID på den här enheten' }));
    await settle();

    expect(calls.start).toEqual([{ municipality: 'demokommun', flow: 'same_device' }]);
    const link = screen.getByRole('link', { name: 'Öppna BankID-appen (öppnas i en ny flik)' });
    expect(link.getAttribute('href')).toBe('/bankid-simulator/?autostarttoken=auto-token&redirect=null');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(screen.queryByRole('img', { name: /QR-kod/ })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Försöker starta BankID-appen.');
    await wait(4000);
    expect(calls.qr).toBe(0);
  });
});
