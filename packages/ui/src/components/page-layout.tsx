import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './language-switcher.js';

interface PageLayoutProps {
  /** The service name, usually a link to the app's start page. */
  brand: ReactNode;
  /** The program version, shown in the footer so that reported problems can be traced to a release. */
  version: string;
  /** Shown next to the language switcher, such as the logout button. */
  actions?: ReactNode;
  width?: 'narrow' | 'wide';
  footerLinks?: ReactNode;
  children: ReactNode;
}

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  // Moving focus directly keeps the router from treating the jump as a navigation.
  event.preventDefault();
  document.getElementById('main')?.focus();
}

export function PageLayout({ brand, version, actions, width = 'narrow', footerLinks, children }: PageLayoutProps) {
  const { t } = useTranslation();
  return (
    <>
      <a href="#main" className="skip-link" onClick={skipToMain}>
        {t('ui.layout.skipLink')}
      </a>
      <header className="site-header">
        <div className={`container container--${width} site-header__inner`}>
          <div className="site-header__brand">{brand}</div>
          <div className="site-header__actions">
            <LanguageSwitcher />
            {actions}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className={`container container--${width} site-main`}>
        {children}
      </main>
      <footer className="site-footer">
        <div className={`container container--${width} site-footer__inner`}>
          {footerLinks}
          <p>{t('ui.layout.version', { version })}</p>
        </div>
      </footer>
    </>
  );
}
