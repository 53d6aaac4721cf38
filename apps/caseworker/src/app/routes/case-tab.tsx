import { useTranslation } from 'react-i18next';
import { useOutletContext } from 'react-router';
import { HandedOverNotice } from '../../components/handed-over-notice';
import { CaseChanges } from '../../features/case-changes/components/case-changes';
import { CaseDocuments } from '../../features/case-documents/components/case-documents';
import { CaseHistory } from '../../features/case-history/components/case-history';
import { MessageThread } from '../../features/case-messages/components/message-thread';
import { InternalNotes } from '../../features/case-notes/components/internal-notes';
import type { StaffCase } from '../../features/case-view/api/get-staff-case';
import { DecisionPanel } from '../../features/decision/components/decision-panel';
import { SupplementList } from '../../features/supplements/components/supplement-list';
import { SupplementRequestForm } from '../../features/supplements/components/supplement-request-form';

export type CaseTabKey = 'history' | 'messages' | 'notes' | 'supplements' | 'documents' | 'decision' | 'changes';

/** The case's other tabs: a heading and the feature that fills it. */
export function CaseTabRoute({ tab }: { tab: CaseTabKey }) {
  const { t } = useTranslation();
  const item = useOutletContext<StaffCase>();
  // The API refuses every change to a handed-over case, so its tabs offer none.
  const handedOver = item.handedOverAt !== null;
  return (
    <>
      <h2>{tab === 'changes' ? t('caseChanges.heading') : t(`caseView.tab.${tab}`)}</h2>
      {tab === 'history' ? <CaseHistory caseId={item.id} /> : null}
      {tab === 'messages' ? <MessageThread caseId={item.id} handedOver={handedOver} /> : null}
      {tab === 'notes' ? <InternalNotes caseId={item.id} handedOver={handedOver} /> : null}
      {tab === 'supplements' ? (
        <>
          <SupplementList caseId={item.id} />
          {handedOver ? <HandedOverNotice /> : <SupplementRequestForm caseId={item.id} />}
        </>
      ) : null}
      {tab === 'documents' ? <CaseDocuments caseId={item.id} handedOver={handedOver} /> : null}
      {tab === 'decision' ? <DecisionPanel caseId={item.id} handedOver={handedOver} /> : null}
      {tab === 'changes' ? <CaseChanges caseId={item.id} /> : null}
    </>
  );
}
