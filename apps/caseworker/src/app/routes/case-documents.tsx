import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router';
import { CaseDocuments } from '../../features/case-documents/components/case-documents';
import type { StaffCase } from '../../features/case-view/api/get-staff-case';

/** The Handlingar tab. */
export function CaseDocumentsRoute() {
  const { t } = useTranslation();
  const item = useOutletContext<StaffCase>();
  return (
    <>
      <h2>{t('caseView.tab.documents')}</h2>
      <CaseDocuments caseId={item.id} handedOver={item.handedOverAt !== null} />
    </>
  );
}
