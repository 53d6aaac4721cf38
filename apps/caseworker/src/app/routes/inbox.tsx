import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading, problemMessage, useDocumentTitle } from '@ebistans/ui';
import { useListSettings } from '../../features/inbox/api/list-settings';
import { useStaffCases } from '../../features/inbox/api/list-staff-cases';
import { BulkActions } from '../../features/inbox/components/bulk-actions';
import { CaseTable, type CaseSelection } from '../../features/inbox/components/case-table';
import { InboxFilters } from '../../features/inbox/components/inbox-filters';
import { InboxTabs } from '../../features/inbox/components/inbox-tabs';
import { ListSettingsForm } from '../../features/inbox/components/list-settings-form';
import { Pagination } from '../../features/inbox/components/pagination';
import { inboxQueryFromParams, tabFromParams } from '../../features/inbox/lib/inbox-query';

export function InboxRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const settings = useListSettings();
  const query = settings.data ? inboxQueryFromParams(params, settings.data) : undefined;
  const cases = useStaffCases(query);
  const title = t('inbox.title');
  useDocumentTitle(`${t(`inbox.tab.${tabFromParams(params)}`)} – ${title}`);
  // While another tab or page loads, the previous rows are kept for their counts but not shown as this list.
  const rows = cases.isPlaceholderData ? undefined : cases.data;
  const error = settings.error ?? cases.error;
  // Ticked cases, by id with their case numbers; kept across pages and tabs until cleared.
  const [selected, setSelected] = useState<ReadonlyMap<string, string>>(new Map());
  const selection: CaseSelection = {
    selected: new Set(selected.keys()),
    onChange: (caseIds, checked) => {
      const next = new Map(selected);
      for (const id of caseIds) {
        const item = rows?.items.find((row) => row.id === id);
        if (checked && item) next.set(id, item.caseNumber);
        else next.delete(id);
      }
      setSelected(next);
    },
  };
  return (
    <>
      <h1>{title}</h1>
      <p>
        <Link to="/logg">{t('nav.auditLog')}</Link>
      </p>
      {query && settings.data ? (
        <>
          <InboxTabs current={query.tab} counts={cases.data?.counts} />
          <InboxFilters current={query} />
          <ListSettingsForm settings={settings.data} />
          {rows ? (
            <>
              {selected.size > 0 ? (
                <BulkActions
                  caseIds={[...selected.keys()]}
                  caseNumbers={selected}
                  onClear={() => setSelected(new Map())}
                />
              ) : null}
              <CaseTable query={query} cases={rows.items} settings={settings.data} selection={selection} />
              <Pagination page={rows.page} pageSize={rows.pageSize} total={rows.total} />
            </>
          ) : cases.error ? null : (
            <Loading />
          )}
        </>
      ) : error ? null : (
        <Loading />
      )}
      {error ? <p role="alert">{problemMessage(error, t)}</p> : null}
    </>
  );
}
