import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, isProblem, problemMessage } from '@ebistans/ui';

interface QueryStateProps<T> {
  query: { data: T | undefined; error: unknown };
  /** Said instead of an error to someone whose role may not see this (an admin page to a caseworker). */
  forbidden?: string | undefined;
  children: (data: T) => ReactNode;
}

/** What a query has: its data shown by `children`, the problem in plain words, or that it is loading. */
export function QueryState<T>({ query, forbidden, children }: QueryStateProps<T>) {
  const { t } = useTranslation();
  if (forbidden !== undefined && isProblem(query.error, 'forbidden')) return <p>{forbidden}</p>;
  if (query.error) return <p role="alert">{problemMessage(query.error, t)}</p>;
  if (query.data === undefined) return <Loading />;
  return children(query.data);
}
