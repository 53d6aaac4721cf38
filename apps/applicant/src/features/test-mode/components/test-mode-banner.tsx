import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/api/get-me';

/**
 * Shown on every page while a caseworker uses the e-service as their test applicant ("Prova e-tjänsten"),
 * so that nobody mistakes it for a real application.
 */
export function TestModeBanner() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.data?.kind !== 'applicant' || !me.data.testMode) return null;
  return (
    <section className="test-mode-banner" aria-label={t('testMode.label')}>
      <p>
        <strong>{t('testMode.banner')}</strong>
      </p>
    </section>
  );
}
