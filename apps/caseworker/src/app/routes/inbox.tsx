import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading, problemMessage, useDocumentTitle } from '@ebistans/ui';
import { useStaffCases, type InboxTab } from '../../features/inbox/api/list-staff-cases';
import { CaseTable } from '../../features/inbox/components/case-table';
import { InboxTabs } from '../../features/inbox/components/inbox-tabs';

export function InboxRoute() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const tab: InboxTab = searchParams.get('flik') === 'alla' ? 'all' : 'unassigned';
  const cases = useStaffCases(tab);
  const title = t('inbox.title');
  useDocumentTitle(`${t(`inbox.tab.${tab}`)} – ${title}`);
  // While the other tab loads, the previous tab's rows are kept for their counts but not shown as this tab's.
  const rows = cases.isPlaceholderData ? undefined : cases.data;
  return (
    <>
      <h1>{title}</h1>
      <InboxTabs current={tab} counts={cases.data?.counts} />
      {rows ? (
        <>
          <CaseTable tab={tab} cases={rows.items} />
          {rows.total > rows.items.length ? (
            <p>{t('inbox.showing', { shown: rows.items.length, total: rows.total })}</p>
          ) : null}
        </>
      ) : cases.error ? (
        <p role="alert">{problemMessage(cases.error, t)}</p>
      ) : (
        <Loading />
      )}
    </>
  );
}
