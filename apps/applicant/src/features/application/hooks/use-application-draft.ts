import { useEffect, useState, useSyncExternalStore } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormData } from '@ebistans/schema';
import { discardDraft } from '../api/discard-draft';
import { currentDraftQueryOptions, type Draft } from '../api/get-current-draft';
import { isDraftConflict, saveDraft } from '../api/save-draft';
import { startFromLastCase } from '../api/start-from-last-case';
import type { CopiedAnswers } from '../lib/copied-answers';
import { createDraftStore, type DraftState, type DraftStore } from '../lib/draft-store';
import { newSubmissionKey } from '../lib/submission-key';

export interface ApplicationDraft extends DraftState {
  /** Answers being edited: saved after a pause. */
  change: (answers: FormData) => void;
  /** Answers of a step the person leaves: saved now. */
  commit: (answers: FormData) => Promise<void>;
  flush: () => Promise<void>;
  /** After a conflict: the newer answers from the server replace these. Resolves false when the draft is gone. */
  reload: () => Promise<boolean>;
  /** "Börja om": the draft, its files and send-later marks are discarded. */
  discard: () => Promise<void>;
  /** "Börja från förra månaden": a new draft from the latest case. */
  startFromLastCase: () => Promise<void>;
  /** What "Börja från förra månaden" copied, while the application is open in this tab. */
  copied: CopiedAnswers | undefined;
  /** The Idempotency-Key of this submission: the same for every retry until it succeeds or the person starts over. */
  submissionKey: string;
  /** The application was submitted: the draft is now the case's. */
  submitted: () => void;
}

/** The store behind ApplicationDraft, built on the draft read when the application opened. */
export function useDraftStore(initial: Draft | null): DraftStore {
  // Saves go through TanStack Query so that a lost session sends the person to log in, as for any call.
  const { mutateAsync: save } = useMutation({ mutationFn: saveDraft });
  const [store] = useState(() => createDraftStore({ initial, save, isConflict: isDraftConflict }));
  useEffect(() => () => store.dispose(), [store]);
  return store;
}

/**
 * The application the person is filling in, kept as a draft on the server: autosaved, resumable on any
 * device, and never silently overwriting what another device saved. Held by the application's layout.
 */
export function useApplicationDraft(store: DraftStore): ApplicationDraft {
  const queryClient = useQueryClient();
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const [copied, setCopied] = useState<CopiedAnswers>();
  const [submissionKey, setSubmissionKey] = useState(newSubmissionKey);

  function startOver(draft: Draft | null, copiedNow?: CopiedAnswers) {
    store.replace(draft);
    setCopied(copiedNow);
    setSubmissionKey(newSubmissionKey());
  }

  return {
    ...state,
    change: store.change,
    commit: store.commit,
    flush: store.flush,
    async reload() {
      const draft = await queryClient.fetchQuery(currentDraftQueryOptions());
      store.replace(draft);
      return draft !== null;
    },
    async discard() {
      await discardDraft();
      startOver(null);
    },
    async startFromLastCase() {
      const started = await startFromLastCase();
      startOver(started.draft, {
        names: started.copied,
        sourceCase: started.sourceCase,
        revision: started.draft.revision,
      });
    },
    copied,
    submissionKey,
    submitted: () => startOver(null),
  };
}
