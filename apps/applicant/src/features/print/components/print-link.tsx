import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { printStartPath } from '../lib/print-form';

/** For the login page: the way to apply on paper for those who cannot or will not log in. */
export function PrintLink() {
  const { t } = useTranslation();
  return (
    <p>
      <Link to={printStartPath}>{t('print.loginLink')}</Link>
    </p>
  );
}
