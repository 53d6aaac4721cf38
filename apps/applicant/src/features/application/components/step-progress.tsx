import { useTranslation } from 'react-i18next';
import { SaveStatus } from './save-status';

/** "Steg 3 av 14" and whether the answers are saved, above each page of the application. */
export function StepProgress({ current, total }: { current: number; total: number }) {
  const { t } = useTranslation();
  return (
    <div className="step-meta">
      <p className="caption">{t('application.progress', { current, total })}</p>
      <SaveStatus />
    </div>
  );
}
