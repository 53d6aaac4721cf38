import { useTranslation } from 'react-i18next';

export function StepProgress({ current, total }: { current: number; total: number }) {
  const { t } = useTranslation();
  return <p className="caption">{t('application.progress', { current, total })}</p>;
}
