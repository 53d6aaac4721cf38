import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The way back to the app's start page, in the app's own words ("Till startsidan", "Till inkorgen"). */
export function HomeLink() {
  const { t } = useTranslation();
  return (
    <p>
      <Link to="/">{t('notFound.toStart')}</Link>
    </p>
  );
}
