import type { InboxListSettings } from '../api/list-settings';

export const inboxTabs = ['unassigned', 'overdue', 'mine', 'flagged', 'ongoing', 'all', 'handedOver', 'test'] as const;
export type InboxTab = (typeof inboxTabs)[number];

/** Swedish words in the address, so a copied link reads well; Obehandlade is the start page. */
const tabSlugs: Record<InboxTab, string> = {
  unassigned: '',
  overdue: 'forfallna',
  mine: 'mina',
  flagged: 'flaggade',
  ongoing: 'pagaende',
  all: 'alla',
  handedOver: 'overlamnade',
  test: 'testarenden',
};

export const sortKeys = ['caseNumber', 'applicant', 'period', 'status', 'submittedAt', 'dueAt', 'assignee'] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortOrder = 'asc' | 'desc';

export interface InboxFilters {
  search: string;
  status: string;
  period: string;
  submittedFrom: string;
  submittedTo: string;
}

export interface InboxQuery extends InboxFilters {
  tab: InboxTab;
  sort: SortKey;
  order: SortOrder;
  page: number;
  pageSize: number;
}

/** The address's parameters in Swedish; the filters live in the address so they survive reload and back. */
const param = {
  tab: 'flik',
  search: 'sok',
  status: 'status',
  period: 'period',
  submittedFrom: 'fran',
  submittedTo: 'till',
  sort: 'sortera',
  order: 'ordning',
  page: 'sida',
} as const;

function isSortKey(value: string | null): value is SortKey {
  return sortKeys.some((key) => key === value);
}

export function tabFromParams(params: URLSearchParams): InboxTab {
  const slug = params.get(param.tab) ?? '';
  return inboxTabs.find((tab) => tabSlugs[tab] === slug) ?? 'unassigned';
}

/** The list to fetch: what the address says, else the person's saved sort and page size. */
export function inboxQueryFromParams(params: URLSearchParams, settings: InboxListSettings): InboxQuery {
  const sort = params.get(param.sort);
  const order = params.get(param.order);
  const page = Number(params.get(param.page));
  return {
    tab: tabFromParams(params),
    search: params.get(param.search) ?? '',
    status: params.get(param.status) ?? '',
    period: params.get(param.period) ?? '',
    submittedFrom: params.get(param.submittedFrom) ?? '',
    submittedTo: params.get(param.submittedTo) ?? '',
    sort: isSortKey(sort) ? sort : settings.sort,
    order: order === 'asc' || order === 'desc' ? order : settings.order,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: settings.pageSize,
  };
}

/** An address for the inbox with some parts changed; a changed tab, filter or sort starts again at page 1. */
export function inboxHref(current: URLSearchParams, change: Partial<Omit<InboxQuery, 'pageSize'>>): string {
  const next = new URLSearchParams(current);
  for (const [key, value] of Object.entries(change) as [keyof typeof param, string | number][]) {
    const name = param[key];
    const text = key === 'tab' ? tabSlugs[value as InboxTab] : String(value);
    if (text === '' || (key === 'page' && value === 1)) next.delete(name);
    else next.set(name, text);
  }
  if (change.page === undefined) next.delete(param.page);
  const query = next.toString();
  return query ? `/?${query}` : '/';
}
