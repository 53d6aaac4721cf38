import { useTranslation } from 'react-i18next';
import { totalSteps } from '../lib/application-form';

export function StepProgress({ current }: { current: number }) {
  const { t } = useTranslation();
  return <p className="caption">{t('application.progress', { current, total: totalSteps })}</p>;
}
