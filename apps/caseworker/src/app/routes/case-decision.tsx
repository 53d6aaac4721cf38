import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router';
import type { StaffCase } from '../../features/case-view/api/get-staff-case';
import { DecisionPanel } from '../../features/decision/components/decision-panel';

/** The case's Beslut tab. */
export function CaseDecisionRoute() {
  const { t } = useTranslation();
  const item = useOutletContext<StaffCase>();
  return (
    <>
      <h2>{t('caseView.tab.decision')}</h2>
      <DecisionPanel caseId={item.id} handedOver={item.handedOverAt !== null} />
    </>
  );
}
