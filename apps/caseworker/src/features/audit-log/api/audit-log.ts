import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';

export interface AuditLogFilters {
  staffId: string;
  caseId: string;
  from: string;
  to: string;
  page: number;
}

const pageSize = 50;

export function useAuditLog(filters: AuditLogFilters) {
  return useQuery({
    queryKey: ['audit-log', filters],
    queryFn: async ({ signal }) => {
      const { page, ...rest } = filters;
      const given = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== ''));
      return unwrap(await api.GET('/api/staff/audit-log', { params: { query: { ...given, page, pageSize } }, signal }));
    },
    placeholderData: keepPreviousData,
  });
}

/** Everyone in my municipality, for choosing whose actions to see. */
export function useAllColleagues() {
  return useQuery({
    queryKey: ['colleagues', ''],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/staff/colleagues', { params: { query: {} }, signal })),
  });
}

/** The case a case number names, found through the inbox search, since the log is filtered by case id. */
export async function findCaseId(caseNumber: string): Promise<string | undefined> {
  const found = unwrap(
    await api.GET('/api/staff/cases', { params: { query: { tab: 'all', search: caseNumber, page: 1, pageSize: 10 } } }),
  );
  return found.items.find((item) => item.caseNumber === caseNumber)?.id;
}
