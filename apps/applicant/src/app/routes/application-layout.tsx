import { Outlet } from 'react-router';
import { useSavedAnswers } from '../../features/application/hooks/use-saved-answers';

/** Holds the answers while the applicant moves between the steps below it. */
export function ApplicationLayout() {
  return <Outlet context={useSavedAnswers()} />;
}
