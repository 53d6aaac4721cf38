import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useAppAuth } from '../lib/app-auth.js';
import { loginPath, returnToSearch } from '../lib/login-paths.js';
import { meQueryOptions } from '../lib/me-query.js';
import { isLoggedOut, isProblem } from '../lib/problem.js';
import { sessionEndedState } from '../lib/session-ended.js';
import { Loading } from './loading.js';
import { ProblemPage } from './problem-page.js';

/**
 * Everything but the login pages needs a session of the app's kind; without one the user is sent to log
 * in, and the login pages bring them back to the page they asked for (a case link, say).
 */
export function RequireLogin() {
  const { kind, getMe } = useAppAuth();
  const location = useLocation();
  const me = useQuery(meQueryOptions(getMe));
  const login = { pathname: loginPath, search: returnToSearch(location.pathname + location.search) };
  if (me.error) {
    if (!isLoggedOut(me.error)) return <ProblemPage error={me.error} />;
    // A session that ended for being idle is explained on the login page.
    const state = isProblem(me.error, 'session-expired') ? sessionEndedState : undefined;
    return <Navigate to={login} replace state={state} />;
  }
  if (!me.data) return <Loading />;
  if (me.data.kind !== kind) return <Navigate to={login} replace />;
  return <Outlet />;
}
