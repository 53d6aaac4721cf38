import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InboxTab } from '../api/list-staff-cases';

interface InboxTabsProps {
  current: InboxTab;
  counts: Record<InboxTab, number> | undefined;
}

/** Tabs as links, so each view has its own address and the browser's back button works. */
export function InboxTabs({ current, counts }: InboxTabsProps) {
  const { t } = useTranslation();
  const tabs: { tab: InboxTab; to: string }[] = [
    { tab: 'unassigned', to: '/' },
    { tab: 'all', to: '/?flik=alla' },
  ];
  return (
    <nav aria-label={t('inbox.tabsLabel')}>
      <ul className="tabs">
        {tabs.map(({ tab, to }) => (
          <li key={tab}>
            <Link to={to} aria-current={tab === current ? 'page' : undefined}>
              {counts ? t(`inbox.tab.${tab}WithCount`, { count: counts[tab] }) : t(`inbox.tab.${tab}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
