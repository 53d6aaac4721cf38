import { useOutletContext } from 'react-router';
import type { ApplicationDraft } from './use-application-draft';

/** The application being filled in, held by the application's layout route (see useApplicationDraft). */
export function useAnswers(): ApplicationDraft {
  return useOutletContext<ApplicationDraft>();
}
