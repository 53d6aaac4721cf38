import { useOutletContext } from 'react-router';
import type { SavedAnswers } from './use-saved-answers';

/** The answers held by the application's layout route (see useSavedAnswers). */
export function useAnswers(): SavedAnswers {
  return useOutletContext<SavedAnswers>();
}
