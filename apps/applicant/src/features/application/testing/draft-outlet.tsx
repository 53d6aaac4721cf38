import { useSyncExternalStore } from 'react';
import { Outlet } from 'react-router';
import type { FormData } from '@ebistans/schema';
import type { ApplicationDraft } from '../hooks/use-application-draft';
import { createDraftStore, type DraftStore, type DraftStoreOptions, type StoredDraft } from '../lib/draft-store';

/**
 * A draft store whose saves never reach a server: each save answers the next revision at once, unless
 * the test gives its own `save`.
 */
export function testDraftStore(answers: FormData, options: Partial<DraftStoreOptions> = {}): DraftStore {
  let revision = 1;
  return createDraftStore({
    initial: { revision, data: answers, updatedAt: '2026-11-22T09:41:00Z' },
    save: async ({ data }) => ({ revision: ++revision, data, updatedAt: new Date().toISOString() }),
    isConflict: () => false,
    ...options,
  });
}

interface DraftOutletProps {
  store: DraftStore;
  /** What "Hämta den senaste versionen" reads from the server. */
  newest?: () => Promise<StoredDraft | null>;
}

/** The application layout's outlet for component tests: the pages below get the store as their draft. */
export function DraftOutlet({ store, newest = async () => null }: DraftOutletProps) {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const draft: ApplicationDraft = {
    ...state,
    change: store.change,
    commit: store.commit,
    flush: store.flush,
    async reload() {
      const found = await newest();
      store.replace(found);
      return found !== null;
    },
    discard: async () => store.replace(null),
    startFromLastCase: async () => undefined,
    copied: undefined,
    submissionKey: 'test-submission-key',
    submitted: () => store.replace(null),
  };
  return <Outlet context={draft} />;
}
