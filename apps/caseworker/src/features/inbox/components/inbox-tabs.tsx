import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { inboxHref, inboxTabs, type InboxTab } from '../lib/inbox-query';
import type { StaffCasePage } from '../api/list-staff-cases';

interface InboxTabsProps {
  current: InboxTab;
  counts: StaffCasePage['counts'] | undefined;
}

/** Tabs as links, so each view has its own address and the browser's back button works; a search is kept. */
export function InboxTabs({ current, counts }: InboxTabsProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  return (
    <nav aria-label={t('inbox.tabsLabel')}>
      <ul className="tabs">
        {inboxTabs.map((tab) => (
          <li key={tab}>
            <Link to={inboxHref(params, { tab })} aria-current={tab === current ? 'page' : undefined}>
              {counts
                ? t('inbox.tabWithCount', { tab: t(`inbox.tab.${tab}`), count: counts[tab] })
                : t(`inbox.tab.${tab}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
