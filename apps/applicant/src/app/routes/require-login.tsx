import { Navigate, Outlet } from 'react-router';
import { Loading, ProblemPage, isLoggedOut } from '@ebistans/ui';
import { useMe } from '../../features/auth/api/get-me';

/** Everything but the login pages needs an applicant session; without one the user is sent to log in. */
export function RequireLogin() {
  const me = useMe();
  if (me.error) return isLoggedOut(me.error) ? <Navigate to="/logga-in" replace /> : <ProblemPage error={me.error} />;
  if (!me.data) return <Loading />;
  if (me.data.kind !== 'applicant') return <Navigate to="/logga-in" replace />;
  return <Outlet />;
}
