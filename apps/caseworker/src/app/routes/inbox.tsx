import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading, problemMessage, useDocumentTitle } from '@ebistans/ui';
import { useListSettings } from '../../features/inbox/api/list-settings';
import { useStaffCases } from '../../features/inbox/api/list-staff-cases';
import { CaseTable } from '../../features/inbox/components/case-table';
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
              <CaseTable query={query} cases={rows.items} settings={settings.data} />
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
