import { useCallback, useState } from 'react';
import { isRecord, type FormData } from '@ebistans/schema';
import { kompletteringForm } from '../lib/supplement-form';

// Per case and tab: they survive a reload and an idle logout, and end with the tab or "Logga ut".
const storageKey = (caseId: string) => `ebistans.supplement.${caseId}.v${kompletteringForm.version}`;

function read(caseId: string): FormData {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(storageKey(caseId)) ?? '{}');
    return isRecord(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

function write(caseId: string, answers: FormData | undefined): void {
  try {
    if (answers) sessionStorage.setItem(storageKey(caseId), JSON.stringify(answers));
    else sessionStorage.removeItem(storageKey(caseId));
  } catch {
    // Storage can be blocked; the answers then last until the page is left.
  }
}

/** The supplement's answers so far; `initial` fills in what nothing has been answered for yet. */
export function useSupplementAnswers(caseId: string, initial: FormData) {
  const [answers, setAnswers] = useState(() => ({ ...initial, ...read(caseId) }));
  const save = useCallback(
    (next: FormData) => {
      write(caseId, next);
      setAnswers(next);
    },
    [caseId],
  );
  const clear = useCallback(() => write(caseId, undefined), [caseId]);
  return { answers, save, clear };
}
