import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FormData } from '@ebistans/schema';
import { createDraftStore, type StoredDraft } from './draft-store';

class Conflict extends Error {}

interface Call {
  revision: number | undefined;
  data: FormData;
  resolve: (draft: StoredDraft) => void;
  reject: (error: unknown) => void;
}

/** A server whose answers the test gives, one save at a time. */
function fakeServer() {
  const calls: Call[] = [];
  const save = vi.fn(
    ({ revision, data }: { revision: number | undefined; data: FormData }) =>
      new Promise<StoredDraft>((resolve, reject) => calls.push({ revision, data, resolve, reject })),
  );
  return {
    calls,
    save,
    /** Answers the latest save as stored under `revision`. */
    answer(revision: number, updatedAt = '2026-11-22T09:42:00Z') {
      const call = calls.at(-1)!;
      call.resolve({ revision, data: call.data, updatedAt });
    },
  };
}

const flushPromises = () => vi.advanceTimersByTimeAsync(0);

describe('the draft store: autosave of the answers', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once after a pause in typing, the newest answers, creating the draft the first time', async () => {
    const server = fakeServer();
    const store = createDraftStore({ initial: null, save: server.save, isConflict: () => false, delayMs: 1000 });
    store.change({ rent: 1 });
    await vi.advanceTimersByTimeAsync(500);
    store.change({ rent: 12 });
    await vi.advanceTimersByTimeAsync(999);
    expect(server.save).not.toHaveBeenCalled();
    expect(store.getState()).toMatchObject({ answers: { rent: 12 }, pending: true, savedAt: undefined });

    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toMatchObject([{ revision: undefined, data: { rent: 12 } }]);
    server.answer(1);
    await flushPromises();
    expect(store.getState()).toMatchObject({ revision: 1, savedAt: '2026-11-22T09:42:00Z', pending: false });
  });

  it('saves at once when a step is left, one save at a time, then the answers that came meanwhile', async () => {
    const server = fakeServer();
    const store = createDraftStore({
      initial: { revision: 4, data: {}, updatedAt: '2026-11-22T09:00:00Z' },
      save: server.save,
      isConflict: () => false,
      delayMs: 1000,
    });
    void store.commit({ step: 1 });
    expect(server.calls).toMatchObject([{ revision: 4, data: { step: 1 } }]);
    const second = store.commit({ step: 2 });
    store.change({ step: 3 });
    // Still one on its way: the next waits for its revision.
    expect(server.calls).toHaveLength(1);

    server.answer(5);
    await flushPromises();
    expect(server.calls).toHaveLength(2);
    expect(server.calls[1]).toMatchObject({ revision: 5, data: { step: 3 } });
    server.answer(6);
    await second;
    expect(store.getState()).toMatchObject({ revision: 6, pending: false, answers: { step: 3 } });
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.calls).toHaveLength(2);
  });

  it('tries a failed save again later, and says so meanwhile', async () => {
    const server = fakeServer();
    const store = createDraftStore({
      initial: null,
      save: server.save,
      isConflict: () => false,
      delayMs: 1000,
      retryMs: 5000,
    });
    void store.commit({ rent: 1 });
    server.calls[0]!.reject(new TypeError('offline'));
    await flushPromises();
    expect(store.getState()).toMatchObject({ problem: 'failed', pending: true });

    await vi.advanceTimersByTimeAsync(4999);
    expect(server.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls[1]).toMatchObject({ revision: undefined, data: { rent: 1 } });
    server.answer(1);
    await flushPromises();
    expect(store.getState()).toMatchObject({ problem: undefined, pending: false, revision: 1 });
  });

  it('stops saving on a conflict until the newer draft replaces the answers, and never overwrites it', async () => {
    const server = fakeServer();
    const store = createDraftStore({
      initial: { revision: 2, data: { rent: 1 }, updatedAt: '2026-11-22T09:00:00Z' },
      save: server.save,
      isConflict: (error) => error instanceof Conflict,
      delayMs: 1000,
    });
    void store.commit({ rent: 2 });
    server.calls[0]!.reject(new Conflict());
    await flushPromises();
    expect(store.getState().problem).toBe('conflict');

    store.change({ rent: 3 });
    await store.commit({ rent: 4 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.calls).toHaveLength(1);

    const generation = store.getState().generation;
    store.replace({ revision: 3, data: { rent: 9 }, updatedAt: '2026-11-22T09:50:00Z' });
    expect(store.getState()).toMatchObject({
      answers: { rent: 9 },
      revision: 3,
      problem: undefined,
      pending: false,
      generation: generation + 1,
    });
    void store.commit({ rent: 10 });
    expect(server.calls[1]).toMatchObject({ revision: 3, data: { rent: 10 } });
  });

  it('disregards a save that was on its way when the answers were replaced', async () => {
    const server = fakeServer();
    const store = createDraftStore({ initial: null, save: server.save, isConflict: () => false });
    void store.commit({ rent: 1 });
    store.replace(null);
    server.answer(1);
    await flushPromises();
    expect(store.getState()).toMatchObject({ answers: {}, revision: undefined, savedAt: undefined });
  });

  it('sends what is unsaved on its way when the application is left', () => {
    const server = fakeServer();
    const store = createDraftStore({ initial: null, save: server.save, isConflict: () => false, delayMs: 1000 });
    store.change({ rent: 1 });
    store.dispose();
    expect(server.calls).toMatchObject([{ data: { rent: 1 } }]);
  });
});
