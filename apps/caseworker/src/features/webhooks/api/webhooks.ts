import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

async function getWebhooks(signal: AbortSignal) {
  return unwrap(await api.GET('/api/admin/webhooks', { signal }));
}

export type Webhook = Awaited<ReturnType<typeof getWebhooks>>['items'][number];
export type WebhookEventType = Webhook['events'][number];
/** In the order the form offers them. */
export const webhookEventTypes: WebhookEventType[] = [
  'case.submitted',
  'case.status_changed',
  'case.supplemented',
  'case.withdrawn',
  'message.received',
];

/** `case.submitted` as a locale key: i18next reads a dot as a key separator. */
export const eventKey = (type: WebhookEventType) => type.replace('.', '-');

const queryKey = ['webhooks'];
const deliveriesKey = (subscriptionId: string) => ['webhooks', subscriptionId, 'deliveries'];

export function useWebhooks() {
  return useQuery({ queryKey, queryFn: ({ signal }) => getWebhooks(signal) });
}

/** Create and rotate answer with the subscription and its signing secret: shown once, never again. */
export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { url: string; events: WebhookEventType[] }) =>
      unwrap(await api.POST('/api/admin/webhooks', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });
}

export function useRotateWebhookSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (subscriptionId: string) =>
      unwrap(
        await api.POST('/api/admin/webhooks/{subscriptionId}/rotate-secret', {
          params: { path: { subscriptionId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });
}

export function useSetWebhookActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ subscriptionId, active }: { subscriptionId: string; active: boolean }) =>
      unwrap(
        await api.PATCH('/api/admin/webhooks/{subscriptionId}', {
          params: { path: { subscriptionId } },
          body: { active },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });
}

export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (subscriptionId: string) =>
      unwrap(await api.DELETE('/api/admin/webhooks/{subscriptionId}', { params: { path: { subscriptionId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });
}

export const DELIVERIES_PAGE_SIZE = 25;
const PENDING_REFRESH_MS = 2_000;

export function useWebhookDeliveries(subscriptionId: string, page: number) {
  return useQuery({
    queryKey: [...deliveriesKey(subscriptionId), page],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/admin/webhooks/{subscriptionId}/deliveries', {
          params: { path: { subscriptionId }, query: { page, pageSize: DELIVERIES_PAGE_SIZE } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    // A delivery still waiting (a first try, a retry with backoff, "Skicka igen") settles within seconds.
    refetchInterval: (query) =>
      query.state.data?.items.some((item) => item.status === 'pending') ? PENDING_REFRESH_MS : false,
  });
}

export type WebhookDelivery = NonNullable<ReturnType<typeof useWebhookDeliveries>['data']>['items'][number];

export function useRedeliverWebhook(subscriptionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (deliveryId: string) =>
      unwrap(
        await api.POST('/api/admin/webhooks/deliveries/{deliveryId}/redeliver', {
          params: { path: { deliveryId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: deliveriesKey(subscriptionId) }),
  });
}
