import { useRouteError } from 'react-router';
import { HomeLink } from './home-link.js';
import { ProblemPage } from './problem-page.js';

/** Shown inside the layout when a page crashes, so the user keeps the header and a way back. */
export function RouteErrorPage() {
  return (
    <ProblemPage error={useRouteError()}>
      <HomeLink />
    </ProblemPage>
  );
}
