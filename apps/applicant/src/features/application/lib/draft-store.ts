import type { FormData } from '@ebistans/schema';

/** A draft as the server keeps it, as far as the application needs it. */
export interface StoredDraft {
  revision: number;
  data: FormData;
  updatedAt: string;
}

export interface DraftState {
  answers: FormData;
  /** The server's revision of the draft; undefined until the first save creates it. */
  revision: number | undefined;
  /** When the server last stored the answers (ISO time); undefined before. */
  savedAt: string | undefined;
  /** Some answers are not stored yet: they wait for a pause in typing, are on their way or failed. */
  pending: boolean;
  /** `conflict`: another device changed, discarded or submitted the draft; nothing is saved until it is reloaded. */
  problem: 'failed' | 'conflict' | undefined;
  /** Raised whenever the answers are replaced from the server, so that open step forms start over. */
  generation: number;
}

export interface DraftStoreOptions {
  initial: StoredDraft | null;
  /** Creates the draft (no revision) or replaces the revision read; rejects with a conflict when it is stale. */
  save: (input: { revision: number | undefined; data: FormData }) => Promise<StoredDraft>;
  isConflict: (error: unknown) => boolean;
  /** The pause in typing after which changes are saved. */
  delayMs?: number;
  /** The first wait before a failed save is tried again; it doubles up to a minute. */
  retryMs?: number;
}

export type DraftStore = ReturnType<typeof createDraftStore>;

const MAX_RETRY_MS = 60_000;

/**
 * The answers of the application being filled in and their autosave: changes are saved after a pause
 * in typing, at once when the person leaves a step, one save at a time and always the newest answers.
 * Framework-free so that the timing rules can be tested on their own; React reads it through
 * useSyncExternalStore.
 */
export function createDraftStore({ initial, save, isConflict, delayMs = 1500, retryMs = 5000 }: DraftStoreOptions) {
  let state: DraftState = {
    answers: initial?.data ?? {},
    revision: initial?.revision,
    savedAt: initial?.updatedAt,
    pending: false,
    problem: undefined,
    generation: 0,
  };
  const listeners = new Set<() => void>();
  /** Answers changed since the last save started; undefined when there is nothing new to save. */
  let unsaved: FormData | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let failures = 0;
  // Replacing the answers starts a new epoch; a save that was on its way for the old one is disregarded.
  let epoch = 0;

  function update(changes: Partial<DraftState>) {
    state = { ...state, ...changes };
    for (const listener of listeners) listener();
  }

  function schedule(ms: number) {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), ms);
  }

  async function saveAll(startedIn: number) {
    while (unsaved && state.problem !== 'conflict' && startedIn === epoch) {
      const data = unsaved;
      unsaved = undefined;
      try {
        const saved = await save({ revision: state.revision, data });
        if (startedIn !== epoch) return;
        failures = 0;
        update({ revision: saved.revision, savedAt: saved.updatedAt, problem: undefined });
      } catch (error) {
        if (startedIn !== epoch) return;
        // Keep these answers for the next try unless newer ones came meanwhile.
        unsaved ??= data;
        if (isConflict(error)) {
          update({ problem: 'conflict' });
          return;
        }
        failures += 1;
        update({ problem: 'failed' });
        schedule(Math.min(retryMs * 2 ** (failures - 1), MAX_RETRY_MS));
        return;
      }
    }
  }

  function run(): Promise<void> {
    clearTimeout(timer);
    if (running) return running;
    if (!unsaved || state.problem === 'conflict') return Promise.resolve();
    const started = saveAll(epoch).finally(() => {
      if (running === started) running = undefined;
      update({ pending: unsaved !== undefined });
      // A change that arrived as the last save finished is saved after the usual pause.
      if (unsaved && state.problem === undefined) schedule(delayMs);
    });
    running = started;
    return started;
  }

  return {
    getState: () => state,

    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    /** Answers being edited: saved once the person pauses. */
    change: (answers: FormData) => {
      unsaved = answers;
      update({ answers, pending: true });
      if (state.problem !== 'conflict') schedule(delayMs);
    },

    /** Answers of a step the person leaves: saved now. Resolves when saved or when saving failed. */
    commit: (answers: FormData): Promise<void> => {
      unsaved = answers;
      update({ answers, pending: true });
      return run();
    },

    /** Saves what is waiting now, e.g. before leaving the application or uploading to the draft. */
    flush: () => run(),

    /** Answers from the server (reloaded after a conflict, discarded, started from last month) replace ours. */
    replace: (draft: StoredDraft | null) => {
      epoch += 1;
      clearTimeout(timer);
      unsaved = undefined;
      running = undefined;
      failures = 0;
      update({
        answers: draft?.data ?? {},
        revision: draft?.revision,
        savedAt: draft?.updatedAt,
        pending: false,
        problem: undefined,
        generation: state.generation + 1,
      });
    },

    /** Stops the timers; what is still unsaved is sent on its way so that leaving the page loses nothing. */
    dispose: () => {
      clearTimeout(timer);
      if (unsaved) void run();
    },
  };
}
