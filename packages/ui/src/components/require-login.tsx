import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet } from 'react-router';
import { useAppAuth } from '../lib/app-auth.js';
import { loginPath } from '../lib/login-paths.js';
import { meQueryOptions } from '../lib/me-query.js';
import { isLoggedOut } from '../lib/problem.js';
import { Loading } from './loading.js';
import { ProblemPage } from './problem-page.js';

/** Everything but the login pages needs a session of the app's kind; without one the user is sent to log in. */
export function RequireLogin() {
  const { kind, getMe } = useAppAuth();
  const me = useQuery(meQueryOptions(getMe));
  if (me.error) return isLoggedOut(me.error) ? <Navigate to={loginPath} replace /> : <ProblemPage error={me.error} />;
  if (!me.data) return <Loading />;
  if (me.data.kind !== kind) return <Navigate to={loginPath} replace />;
  return <Outlet />;
}
