import { useQuery } from '@tanstack/react-query';
import { meQueryOptions } from '@ebistans/ui';
import { getMe } from './get-me';

/** The logged-in staff member, from the cache the layout already filled. */
export function useMe() {
  return useQuery(meQueryOptions(getMe));
}
