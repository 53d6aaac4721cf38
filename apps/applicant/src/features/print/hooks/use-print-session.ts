import { useCallback, useState } from 'react';
import { useOutletContext } from 'react-router';
import { isRecord, type FormData } from '@ebistans/schema';
import { printForm } from '../lib/print-form';

/** What someone filling in the form to print has given: the municipality and the answers. */
interface PrintAnswers {
  municipality: string;
  answers: FormData;
}

export interface PrintSession extends PrintAnswers {
  save: (next: Partial<PrintAnswers>) => void;
  clear: () => void;
}

// Only in this browser tab (sessionStorage), never on the server: printing without logging in stores nothing.
const storageKey = `ebistans.print.${printForm.id}.v${printForm.version}`;
const empty: PrintAnswers = { municipality: '', answers: {} };

function read(): PrintAnswers {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(storageKey) ?? '{}');
    if (!isRecord(parsed)) return empty;
    return {
      municipality: typeof parsed.municipality === 'string' ? parsed.municipality : '',
      answers: isRecord(parsed.answers) ? parsed.answers : {},
    };
  } catch {
    return empty;
  }
}

function write(value: PrintAnswers | undefined): void {
  try {
    if (value) sessionStorage.setItem(storageKey, JSON.stringify(value));
    else sessionStorage.removeItem(storageKey);
  } catch {
    // Storage can be blocked; the answers then live in memory until the page is reloaded.
  }
}

/** Held once by the print layout route and handed to its pages with usePrintAnswers. */
export function usePrintSession(): PrintSession {
  const [state, setState] = useState(read);
  const save = useCallback((next: Partial<PrintAnswers>) => {
    setState((current) => {
      const merged = { ...current, ...next };
      write(merged);
      return merged;
    });
  }, []);
  const clear = useCallback(() => {
    write(undefined);
    setState(empty);
  }, []);
  return { ...state, save, clear };
}

export function usePrintAnswers(): PrintSession {
  return useOutletContext<PrintSession>();
}
