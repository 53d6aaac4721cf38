import { useTranslation } from 'react-i18next';
import { Loading, problemMessage } from '@ebistans/ui';
import { useDecisionProposal } from '../api/decision';
import { CalculationTable } from './calculation-table';
import { DecisionForm } from './decision-form';
import { RecordedDecision } from './recorded-decision';

interface DecisionPanelProps {
  caseId: string;
  /** A handed-over case is decided in the case management system: only what is recorded here is shown. */
  handedOver: boolean;
}

/** The Beslut tab: the recorded decision, or the calculation and the form to decide with. */
export function DecisionPanel({ caseId, handedOver }: DecisionPanelProps) {
  const { t } = useTranslation();
  const proposal = useDecisionProposal(caseId);
  if (proposal.error) return <p role="alert">{problemMessage(proposal.error, t)}</p>;
  if (!proposal.data) return <Loading />;
  const { decision, input, calculation, canDecide, adults } = proposal.data;
  if (decision) return <RecordedDecision caseId={caseId} decision={decision} />;
  if (!input || !calculation) return <p>{t('decision.noCalculation')}</p>;
  if (handedOver || !canDecide) {
    return (
      <>
        <p>{t(handedOver ? 'decision.handedOver' : 'decision.cannotDecide')}</p>
        <CalculationTable input={input} result={calculation} />
      </>
    );
  }
  return <DecisionForm caseId={caseId} input={input} proposed={calculation.amount} adults={adults} />;
}
