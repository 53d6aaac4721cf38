import { useTranslation } from 'react-i18next';
import { Loading, problemMessage } from '@ebistans/ui';
import { ApplicationStart } from '../../features/application/components/application-start';
import { applicationForm } from '../../features/application/lib/application-form';
import { useMyCases } from '../../features/cases/api/list-my-cases';

export function ApplicationStartRoute() {
  const { t } = useTranslation();
  const cases = useMyCases();
  if (cases.error) return <p role="alert">{problemMessage(cases.error, t)}</p>;
  if (!cases.data) return <Loading />;
  // The list is newest first; "Börja från förra månaden" copies the latest monthly application.
  const previousCase = cases.data.items.find((item) => item.formId === applicationForm.id);
  return <ApplicationStart previousCase={previousCase} />;
}
