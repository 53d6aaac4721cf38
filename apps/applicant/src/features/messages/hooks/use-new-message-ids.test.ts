import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseMessage } from '../api/list-messages';
import { useNewMessageIds } from './use-new-message-ids';

const message = (
  id: string,
  readAt: string | null,
  direction: CaseMessage['direction'] = 'to_applicant',
): CaseMessage => ({
  id,
  direction,
  body: 'Hej',
  authorName: null,
  readAt,
  createdAt: '2026-11-21T09:30:00.000Z',
  attachments: [],
});

describe('which messages are new on this visit', () => {
  it("are the caseworker's unread ones, and stay new when a later fetch says they have been read", () => {
    const first = [message('a', null), message('b', '2026-11-20T09:00:00.000Z'), message('c', null, 'from_applicant')];
    const { result, rerender } = renderHook(({ items }: { items: CaseMessage[] }) => useNewMessageIds(items), {
      initialProps: { items: first },
    });
    expect([...result.current]).toEqual(['a']);
    rerender({ items: [message('a', '2026-11-21T10:00:00.000Z'), message('d', null)] });
    expect([...result.current].sort()).toEqual(['a', 'd']);
  });

  it('are none before the thread has loaded', () => {
    const { result } = renderHook(() => useNewMessageIds(undefined));
    expect(result.current.size).toBe(0);
  });
});
