import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

async function getIntegrationClients(signal: AbortSignal) {
  return unwrap(await api.GET('/api/admin/integration-clients', { signal }));
}

export type IntegrationClient = Awaited<ReturnType<typeof getIntegrationClients>>['items'][number];
export type IntegrationScope = IntegrationClient['scopes'][number];
/** In the order the form offers them. */
export const integrationScopes: IntegrationScope[] = ['cases:read', 'cases:write', 'messages:write', 'applicants:read'];

const queryKey = ['integration-clients'];

export function useIntegrationClients() {
  return useQuery({ queryKey, queryFn: ({ signal }) => getIntegrationClients(signal) });
}

/** Each answers with the client and, for create and rotate, its new secret: shown once, never again. */
export function useCreateIntegrationClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { name: string; scopes: IntegrationScope[] }) =>
      unwrap(await api.POST('/api/admin/integration-clients', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });
}

export function useRotateIntegrationClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (clientId: string) =>
      unwrap(await api.POST('/api/admin/integration-clients/{clientId}/rotate', { params: { path: { clientId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });
}

export function useRevokeIntegrationClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (clientId: string) =>
      unwrap(await api.POST('/api/admin/integration-clients/{clientId}/revoke', { params: { path: { clientId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });
}
