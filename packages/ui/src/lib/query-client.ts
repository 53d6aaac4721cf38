import { MutationCache, QueryCache, QueryClient, hashKey, type QueryKey } from '@tanstack/react-query';
import { isProblem, shouldRetry } from './problem.js';

/**
 * The query client both apps use. When a session ends while the user is working, any call answers 401;
 * `me` (the current user's query) is then refetched, fails too, and the app's login guard sends the
 * user to the login page instead of leaving them on a broken one.
 */
export function createQueryClient(meQueryKey: QueryKey): QueryClient {
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
