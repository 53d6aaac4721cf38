import { useCallback, useState } from 'react';
import type { FormData } from '@ebistans/schema';
import { applicationForm } from '../lib/application-form';

// Per tab and per form version, so that answers survive a reload but end with the browser tab.
// Storage can be blocked; the answers then live in memory until the page is reloaded.
const storageKey = `ebistans.answers.${applicationForm.id}.v${applicationForm.version}`;

function readAnswers(): FormData {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(storageKey) ?? '{}');
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as FormData) : {};
  } catch {
    return {};
  }
}

function writeAnswers(answers: FormData | undefined): void {
  try {
    if (answers) sessionStorage.setItem(storageKey, JSON.stringify(answers));
    else sessionStorage.removeItem(storageKey);
  } catch {
    // See above: the state below still carries the answers between steps.
  }
}

export interface SavedAnswers {
  answers: FormData;
  save: (answers: FormData) => void;
  clear: () => void;
}

/**
 * The application's answers so far, kept in the browser until it is submitted (server drafts come
 * later). Held once by the application's layout route and handed to the steps with useAnswers.
 */
export function useSavedAnswers(): SavedAnswers {
  const [answers, setAnswers] = useState(readAnswers);
  const save = useCallback((next: FormData) => {
    writeAnswers(next);
    setAnswers(next);
  }, []);
  const clear = useCallback(() => {
    writeAnswers(undefined);
    setAnswers({});
  }, []);
  return { answers, save, clear };
}
