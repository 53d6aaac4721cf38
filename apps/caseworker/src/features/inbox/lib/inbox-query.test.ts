import { describe, expect, it } from 'vitest';
import type { InboxListSettings } from '../api/list-settings';
import { inboxHref, inboxQueryFromParams, tabFromParams } from './inbox-query';

const settings: InboxListSettings = {
  columns: ['caseNumber'],
  sort: 'submittedAt',
  order: 'desc',
  pageSize: 25,
  openInNewTab: false,
  showAssigneeAs: 'name',
};

describe('the inbox address', () => {
  it('reads the tab, filters and page, and falls back to the saved sort', () => {
    const params = new URLSearchParams('flik=mina&sok=19121212-1212&status=submitted&sida=3');
    expect(inboxQueryFromParams(params, settings)).toEqual({
      tab: 'mine',
      search: '19121212-1212',
      status: 'submitted',
      period: '',
      submittedFrom: '',
      submittedTo: '',
      sort: 'submittedAt',
      order: 'desc',
      page: 3,
      pageSize: 25,
    });
  });

  it('ignores an unknown tab, sort or page rather than sending it to the API', () => {
    const query = inboxQueryFromParams(new URLSearchParams('flik=x&sortera=hack&ordning=up&sida=-2'), settings);
    expect(query).toMatchObject({ tab: 'unassigned', sort: 'submittedAt', order: 'desc', page: 1 });
  });

  it('starts again at page 1 when the tab, a filter or the sort changes, and keeps the search', () => {
    const current = new URLSearchParams('sok=Tolvan&sida=2');
    expect(inboxHref(current, { tab: 'all' })).toBe('/?sok=Tolvan&flik=alla');
    expect(inboxHref(current, { sort: 'caseNumber', order: 'asc' })).toBe(
      '/?sok=Tolvan&sortera=caseNumber&ordning=asc',
    );
    expect(inboxHref(current, { page: 3 })).toBe('/?sok=Tolvan&sida=3');
    expect(inboxHref(new URLSearchParams('flik=alla'), { tab: 'unassigned' })).toBe('/');
    expect(tabFromParams(new URLSearchParams('flik=forfallna'))).toBe('overdue');
  });
});
