import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@ebistans/api-client';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

async function getNotificationSettings(signal: AbortSignal) {
  return unwrap(await api.GET('/api/admin/notification-settings', { signal }));
}

export type NotificationSettings = Awaited<ReturnType<typeof getNotificationSettings>>;
export type ApplicantEventKey = keyof NotificationSettings['applicant'];
export type StaffEventKey = keyof NotificationSettings['staff'];

/** In the order the page lists them: the case's course for applicants, the work's for staff. */
export const applicantEvents: readonly ApplicantEventKey[] = [
  'caseSubmitted',
  'statusChanged',
  'messageFromCaseworker',
  'supplementRequested',
  'supplementReminder',
  'decisionRecorded',
  'caseClosed',
];
export const staffEvents: readonly StaffEventKey[] = [
  'caseSubmitted',
  'assigned',
  'messageFromApplicant',
  'supplementSubmitted',
  'internalNote',
  'statusChanged',
  'caseOverdue',
  'messageRead',
  'fileDownloaded',
];

const queryKey = ['notification-settings'];

export function useNotificationSettings() {
  return useQuery({ queryKey, queryFn: ({ signal }) => getNotificationSettings(signal) });
}

export function useSaveNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NotificationSettings) =>
      unwrap(await api.PUT('/api/admin/notification-settings', { body })),
    onSuccess: (saved) => queryClient.setQueryData(queryKey, saved),
  });
}

async function getNotificationTemplates(signal: AbortSignal) {
  return unwrap(await api.GET('/api/admin/notification-templates', { signal }));
}

export type NotificationTemplates = Awaited<ReturnType<typeof getNotificationTemplates>>;
export type NotificationTemplatesInput =
  paths['/api/admin/notification-templates']['put']['requestBody']['content']['application/json'];

const templatesQueryKey = ['notification-templates'];

export function useNotificationTemplates() {
  return useQuery({ queryKey: templatesQueryKey, queryFn: ({ signal }) => getNotificationTemplates(signal) });
}

export function useSaveNotificationTemplates() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NotificationTemplatesInput) =>
      unwrap(await api.PUT('/api/admin/notification-templates', { body })),
    onSuccess: (saved) => queryClient.setQueryData(templatesQueryKey, saved),
  });
}
