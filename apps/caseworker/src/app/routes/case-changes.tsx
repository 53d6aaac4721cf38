import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router';
import { CaseChanges } from '../../features/case-changes/components/case-changes';
import type { StaffCase } from '../../features/case-view/api/get-staff-case';

export function CaseChangesRoute() {
  const { t } = useTranslation();
  const item = useOutletContext<StaffCase>();
  return (
    <>
      <h2>{t('caseChanges.heading')}</h2>
      <CaseChanges caseId={item.id} />
    </>
  );
}
