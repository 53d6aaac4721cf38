import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@ebistans/ui';
import { TryEService } from '../../features/test-mode/components/try-e-service';

export function TestModeRoute() {
  const { t } = useTranslation();
  const title = t('testMode.title');
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <TryEService />
    </>
  );
}
