// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../../../test-support/expect-accessible';
import { renderPage } from '../../../test-support/render-page';
import { TestModeBanner } from './test-mode-banner';

const me = {
  kind: 'applicant',
  id: '0b8a3c1e-8d4f-4a51-9f1e-2a0c6f4b7d20',
  displayName: 'Testperson Hanna Handläggare',
  role: 'applicant',
  municipality: { id: '5d2c7a9e-1b3f-4e8a-8c6d-4f2a1b0e9c33', slug: 'demokommun', name: 'Demo kommun' },
  loginMethod: 'password_sms',
  testMode: true,
};
const server = mockApi(http.get('/api/auth/me', () => HttpResponse.json(me)));

describe('the test mode banner', () => {
  it("says on every page that a caseworker's test applicant sends test cases", async () => {
    const { container } = renderPage(<TestModeBanner />);
    const banner = await screen.findByRole('region', { name: 'Testläge' });
    expect(banner.textContent).toBe('Testläge – ärenden som skickas in är testärenden');
    await expectAccessible(container);
  });

  it('is not shown to real applicants', async () => {
    server.use(http.get('/api/auth/me', () => HttpResponse.json({ ...me, testMode: false })));
    const { queryClient } = renderPage(<TestModeBanner />);
    await waitFor(() => expect(queryClient.getQueryState(['auth', 'me'])?.status).toBe('success'));
    expect(screen.queryByRole('region')).toBeNull();
  });
});
