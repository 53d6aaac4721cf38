import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router';
import { CaseFiles } from '../../features/attachments/components/case-files';
import { ApplicationAnswers } from '../../features/case-view/components/application-answers';
import type { StaffCase } from '../../features/case-view/api/get-staff-case';

export function CaseApplicationRoute() {
  const { t } = useTranslation();
  const item = useOutletContext<StaffCase>();
  return (
    <>
      <h2>{t('caseView.tab.application')}</h2>
      <ApplicationAnswers item={item} />
      <h3>{t('files.heading')}</h3>
      <CaseFiles caseId={item.id} />
    </>
  );
}
