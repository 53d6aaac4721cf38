// First, so that the API stand-in is listening before the app's API client is created.
import { mockApi } from '@ebistans/ui/test-support/api-server';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { MessagesRoute } from '../../../app/routes/messages';
import { expectAccessible } from '../../../test-support/expect-accessible';
import { renderPage } from '../../../test-support/render-page';

type Message = {
  id: string;
  direction: 'to_applicant' | 'from_applicant';
  body: string;
  authorName: string | null;
  readAt: string | null;
  createdAt: string;
};
let thread: Message[];
let sent: unknown[];

mockApi(
  http.get('/api/applicant/messages', () => {
    const answer = { items: thread };
    thread = thread.map((message) =>
      message.direction === 'to_applicant'
        ? { ...message, readAt: message.readAt ?? '2026-11-22T12:01:00.000Z' }
        : message,
    );
    return HttpResponse.json(answer);
  }),
  http.post('/api/applicant/messages', async ({ request }) => {
    const body = await request.json();
    sent.push(body);
    thread = [
      ...thread,
      {
        id: 'm2',
        direction: 'from_applicant',
        body: (body as { body: string }).body,
        authorName: null,
        readAt: null,
        createdAt: '2026-11-22T12:02:00.000Z',
      },
    ];
    return HttpResponse.json({ id: 'm2' }, { status: 201 });
  }),
);

beforeEach(() => {
  sent = [];
  thread = [
    {
      id: 'm1',
      direction: 'to_applicant',
      body: 'Välkommen på möte tisdag kl. 10.',
      authorName: 'Hanna Handläggare',
      readAt: null,
      createdAt: '2026-11-22T12:00:00.000Z',
    },
  ];
});

describe('messages outside cases', () => {
  it('shows a new message from the caseworker and takes a reply without files', async () => {
    const { container } = renderPage(<MessagesRoute />);
    expect(await screen.findByText('Välkommen på möte tisdag kl. 10.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: /Från Hanna Handläggare, handläggare\s+Nytt/ })).toBeTruthy();
    expect(screen.queryByLabelText(/Bifoga filer/)).toBeNull();
    await expectAccessible(container);

    await userEvent.type(
      screen.getByRole('textbox', { name: 'Skriv ett meddelande till handläggaren' }),
      'Jag kommer.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Skicka meddelandet' }));
    expect(await screen.findByText('Jag kommer.')).toBeTruthy();
    expect(sent).toEqual([{ body: 'Jag kommer.' }]);
    expect(screen.getByText('Ditt meddelande är skickat.')).toBeTruthy();
  });
});
