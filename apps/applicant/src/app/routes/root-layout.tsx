import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AppLayout } from '@ebistans/ui';
import { appAuth } from '../../features/auth/lib/app-auth';
import { TestModeBanner } from '../../features/test-mode/components/test-mode-banner';
import { helpPath } from './help';

export function RootLayout() {
  const { t } = useTranslation();
  return (
    <>
      <TestModeBanner />
      <AppLayout
        auth={appAuth}
        version={__APP_VERSION__}
        footerLinks={
          <p>
            <Link to={helpPath}>{t('help.footerLink')}</Link>
          </p>
        }
      />
    </>
  );
}
