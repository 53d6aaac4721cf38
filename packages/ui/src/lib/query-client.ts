import { MutationCache, QueryCache, QueryClient, hashKey } from '@tanstack/react-query';
import { meQueryKey } from './me-query.js';
import { isProblem, shouldRetry } from './problem.js';

/**
 * The query client both apps use. When a session ends while the user is working, any call answers 401;
 * `me` (the current user's query) is then refetched, fails too, and the login guard sends the
 * user to the login page instead of leaving them on a broken one.
 */
export function createQueryClient(): QueryClient {
  const sessionLost = (error: unknown) => isProblem(error, 'unauthorized', 'session-expired');
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.queryHash !== hashKey(meQueryKey) && sessionLost(error)) {
          void queryClient.invalidateQueries({ queryKey: meQueryKey });
        }
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (sessionLost(error)) void queryClient.invalidateQueries({ queryKey: meQueryKey });
      },
    }),
    defaultOptions: { queries: { retry: shouldRetry } },
  });
  return queryClient;
}
