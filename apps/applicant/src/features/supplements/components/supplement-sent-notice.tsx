import { useTranslation } from 'react-i18next';

/** Navigation state the case page gets after a supplement was sent. */
export interface SupplementSentState {
  supplementSent: true;
}

export function isSupplementSentState(state: unknown): state is SupplementSentState {
  return typeof state === 'object' && state !== null && 'supplementSent' in state && state.supplementSent === true;
}

export function SupplementSentNotice() {
  const { t } = useTranslation();
  return (
    <div className="notice notice--success" role="status">
      <p>
        <strong>{t('supplements.sentNotice')}</strong>
      </p>
    </div>
  );
}
