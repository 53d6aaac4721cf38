import { useRouteError } from 'react-router';
import { RouteErrorPage } from '@ebistans/ui';

/** Reads the error for the shared page, which does not depend on react-router. */
export function RouteError() {
  return <RouteErrorPage error={useRouteError()} />;
}
