// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../../test-support/expect-accessible';
import { renderPage } from '../../test-support/render-page';
import { StartRoute } from './start';

const section = (text: string) => `${text}\n\nAndra stycket.`;
const personalData = {
  controller: section('Socialnämnden i Demo kommun.'),
  data: 'Uppgifterna i ansökan.',
  purpose: 'För att utreda ansökan.',
  legalBasis: 'Artikel 6.1 e.',
  sources: 'SSBTEK.',
  secrecy: '26 kap. OSL.',
  retention: 'Fem år.',
  rights: 'Registerutdrag.',
  complaint: 'Klaga hos IMY.',
};

const server = mockApi(
  http.get('/api/auth/me', () =>
    HttpResponse.json({
      kind: 'applicant',
      id: '0b8a3c1e-8d4f-4a51-9f1e-2a0c6f4b7d20',
      displayName: 'Tolvan Tolvansson',
      role: 'applicant',
      municipality: { id: '5d2c7a9e-1b3f-4e8a-8c6d-4f2a1b0e9c33', slug: 'demokommun', name: 'Demo kommun' },
    }),
  ),
  http.get('/api/applicant/drafts/current', () =>
    HttpResponse.json(
      { type: 'urn:ebistans:problem:not-found', title: 'Not found', status: 404, requestId: 'test' },
      { status: 404, headers: { 'content-type': 'application/problem+json' } },
    ),
  ),
  http.get('/api/applicant/cases', () => HttpResponse.json({ items: [] })),
  http.get('/api/municipalities/demokommun', () =>
    HttpResponse.json({
      slug: 'demokommun',
      name: 'Demo kommun',
      loginMethods: ['bankid'],
      personalData: { sv: personalData, en: personalData },
      contact: null,
    }),
  ),
);

describe('the start page', () => {
  it("greets the applicant, says what they can do and what to have ready, and shows the municipality's personal-data text", async () => {
    const { container } = renderPage(<StartRoute />);
    expect(await screen.findByText('Hej Tolvan Tolvansson!')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ny ansökan' }).getAttribute('href')).toBe('/ansokan');
    expect(screen.getByRole('link', { name: 'Mina ärenden' }).getAttribute('href')).toBe('/arenden');
    expect(screen.getByText(/kontoutdrag för alla dina konton/)).toBeTruthy();
    expect(screen.getByText(/aktivitetsrapport/)).toBeTruthy();

    expect(await screen.findByRole('heading', { name: 'Så behandlar vi dina personuppgifter' })).toBeTruthy();
    for (const heading of [
      'Vem som ansvarar',
      'Vad vi har för rätt att behandla dem',
      'Hur länge vi sparar uppgifterna',
      'Om du vill klaga',
    ]) {
      expect(screen.getByText(heading, { selector: 'summary' })).toBeTruthy();
    }
    // A blank line in the text starts a new paragraph.
    expect(screen.getByText('Socialnämnden i Demo kommun.').tagName).toBe('P');
    expect(screen.getByText('Klaga hos IMY.')).toBeTruthy();
    await expectAccessible(container);
  });

  it('offers to continue an application that has been started', async () => {
    server.use(
      http.get('/api/applicant/drafts/current', () =>
        HttpResponse.json({
          id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
          formId: 'ekonomiskt-bistand-manadsansokan',
          formVersion: 2,
          revision: 3,
          data: {},
          createdAt: '2026-05-01T08:00:00.000Z',
          updatedAt: '2026-05-02T08:00:00.000Z',
        }),
      ),
    );
    renderPage(<StartRoute />);
    expect((await screen.findByRole('link', { name: 'Fortsätt med din ansökan' })).getAttribute('href')).toBe(
      '/ansokan',
    );
  });
});
