// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { fireEvent, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectAccessible } from '../../test-support/expect-accessible';
import { renderRoutes } from '../../test-support/render-page';
import { LoginRoute, MunicipalityLoginRoute } from './login';
import { LoginCodeListRoute } from './login-code-list';

const municipalities = [
  {
    id: '0a6f3c1e-1b3f-4e8a-8c6d-4f2a1b0e9c01',
    slug: 'bankidkommun',
    name: 'BankID-kommun',
    loginMethods: ['bankid', 'password_sms'],
  },
  {
    id: '0a6f3c1e-1b3f-4e8a-8c6d-4f2a1b0e9c02',
    slug: 'kodkommun',
    name: 'Kodkommun',
    loginMethods: ['password_code_list'],
  },
  {
    id: '0a6f3c1e-1b3f-4e8a-8c6d-4f2a1b0e9c03',
    slug: 'allakommun',
    name: 'Alla sätt-kommun',
    loginMethods: ['bankid', 'password_sms', 'password_code_list'],
  },
];
const challengeId = '9d2f8b1a-6c4e-4b7a-8f3d-1e2c3b4a5d60';
const problem = (slug: string, status: number) =>
  HttpResponse.json(
    { type: `urn:ebistans:problem:${slug}`, title: slug, status, requestId: 'test' },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );

let requests: { path: string; body: unknown }[];
const server = mockApi(
  http.get('/api/auth/me', () => problem('unauthorized', 401)),
  http.get('/api/municipalities', () => HttpResponse.json({ items: municipalities })),
  http.post('/api/auth/applicant/login', async ({ request }) => {
    requests.push({ path: 'sms', body: await request.json() });
    return HttpResponse.json({ challengeId, channel: 'sms', maskedDestination: '070-***** 67' });
  }),
  http.post('/api/auth/applicant/code-list/login', async ({ request }) => {
    requests.push({ path: 'code-list', body: await request.json() });
    return HttpResponse.json({ challengeId, codeNumber: 17 });
  }),
  http.post('/api/auth/applicant/verify', () => problem('invalid-code', 401)),
);

beforeEach(() => {
  requests = [];
  localStorage.clear();
});

function renderLogin(at = '/logga-in') {
  return renderRoutes(
    [
      { path: '/logga-in', element: <LoginRoute /> },
      { path: '/logga-in/engangskod', element: <h1>Ange engångskoden</h1> },
      { path: '/logga-in/kodlista', element: <LoginCodeListRoute /> },
      { path: '/kommun/:slug', element: <MunicipalityLoginRoute /> },
    ],
    { at },
  );
}

async function fillPassword() {
  fireEvent.change(await screen.findByRole('textbox', { name: 'Personnummer' }), {
    target: { value: '19121212-1212' },
  });
  fireEvent.change(screen.getByLabelText('Lösenord'), { target: { value: 'hemligt' } });
  fireEvent.click(screen.getByRole('button', { name: 'Fortsätt' }));
}

describe('the login page', () => {
  it('asks for the municipality first and then offers only the methods it has switched on', async () => {
    const { container } = renderLogin();
    const select = await screen.findByRole('combobox', { name: 'Kommun' });
    expect(screen.queryByRole('button', { name: /BankID/ })).toBeNull();
    await expectAccessible(container);

    fireEvent.change(select, { target: { value: 'kodkommun' } });
    fireEvent.click(screen.getByRole('button', { name: 'Fortsätt' }));
    expect(await screen.findByText('Du loggar in hos Kodkommun.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Med lösenord och kodlista' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /BankID/ })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Hur vill du få engångskoden?' })).toBeNull();
    await expectAccessible(container);
  });

  it('takes the municipality from the address and offers BankID and password with SMS code', async () => {
    const { container } = renderLogin('/kommun/bankidkommun');
    expect(await screen.findByText('Du loggar in hos BankID-kommun.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Med BankID' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mobilt BankID på en annan enhet' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'BankID på den här enheten' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Med lösenord och sms-kod' })).toBeTruthy();
    await expectAccessible(container);

    await fillPassword();
    expect(await screen.findByRole('heading', { name: 'Ange engångskoden' })).toBeTruthy();
    expect(requests).toEqual([
      { path: 'sms', body: { municipality: 'bankidkommun', personnummer: '191212121212', password: 'hemligt' } },
    ]);
    // The choice is remembered for the next visit.
    expect(localStorage.getItem('ebistans.municipality')).toBe('bankidkommun');
  });

  it('lets the applicant choose the code list, then asks for the numbered code and explains a wrong one', async () => {
    const { container } = renderLogin('/logga-in?kommun=allakommun');
    const factor = await screen.findByRole('group', { name: 'Hur vill du få engångskoden?' });
    fireEvent.click(within(factor).getByRole('radio', { name: 'Från min kodlista' }));
    await fillPassword();

    expect(await screen.findByRole('heading', { name: 'Ange kod från din kodlista' })).toBeTruthy();
    expect(requests.map((request) => request.path)).toEqual(['code-list']);
    const code = screen.getByRole('textbox', { name: 'Kod nummer 17' });
    expect(code.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/^Ange kod nummer 17 från din kodlista\./)).toBeTruthy();
    await expectAccessible(container);

    fireEvent.change(code, { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Logga in' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Kontrollera att du har skrivit kod nummer 17 från din kodlista',
    );
  });

  it.each([
    [
      'invalid-credentials',
      401,
      'Inloggningen misslyckades. Kontrollera att du har skrivit rätt uppgifter och lösenord',
    ],
    ['account-locked', 401, 'Kontot är låst'],
    ['rate-limited', 429, 'Du har försökt för många gånger'],
    ['login-method-disabled', 422, 'Din kommun erbjuder inte det här sättet att logga in'],
    ['sms-unavailable', 503, 'Vi kan inte skicka någon engångskod med sms just nu'],
  ])('says in plain Swedish when the login answers %s', async (slug, status, text) => {
    server.use(http.post('/api/auth/applicant/login', () => problem(slug, status)));
    renderLogin('/logga-in?kommun=bankidkommun');
    await fillPassword();
    expect((await screen.findByRole('alert')).textContent).toContain(text);
  });

  it('says so when the address names no municipality that uses the service, and offers the list', async () => {
    renderLogin('/logga-in?kommun=finns-inte');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Vi hittar inte den kommunen. Välj din kommun i listan.',
    );
    expect(screen.getByRole('combobox', { name: 'Kommun' })).toBeTruthy();
  });
});
