import { queryOptions } from '@tanstack/react-query';

/** The current user's query; the query client and the login code page refer to it by this key. */
export const meQueryKey = ['auth', 'me'] as const;

export function meQueryOptions<Me>(getMe: (signal: AbortSignal) => Promise<Me>) {
  return queryOptions({ queryKey: meQueryKey, queryFn: ({ signal }) => getMe(signal) });
}
