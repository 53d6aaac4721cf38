import { useTranslation } from 'react-i18next';

/** Said plainly wherever answers are given without logging in: they stay in this browser tab only. */
export function NothingStored() {
  const { t } = useTranslation();
  return (
    <div className="notice">
      <p>
        <strong>{t('print.nothingStored')}</strong>
      </p>
      <p>{t('print.nothingStoredDetail')}</p>
    </div>
  );
}
