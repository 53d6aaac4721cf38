import { useTranslation } from 'react-i18next';

/**
 * Stands where a write form would be on a handed-over case: the case management system holds the case now,
 * and the API refuses every change to it, so the form is not offered.
 */
export function HandedOverNotice() {
  const { t } = useTranslation();
  return <p>{t('caseRemoval.readOnly')}</p>;
}
