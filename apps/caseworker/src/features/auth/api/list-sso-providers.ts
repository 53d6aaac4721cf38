import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

async function listSsoProviders(signal: AbortSignal) {
  return unwrap(await api.GET('/api/auth/staff/sso/providers', { signal }));
}

export type SsoProvider = Awaited<ReturnType<typeof listSsoProviders>>['items'][number];

const ssoProvidersQuery = queryOptions({
  queryKey: ['staff-sso-providers'],
  queryFn: ({ signal }) => listSsoProviders(signal),
});

/** Municipalities whose staff can log in with their own identity provider. */
export function useSsoProviders() {
  return useQuery(ssoProvidersQuery);
}
