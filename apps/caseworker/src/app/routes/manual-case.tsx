import { ManualCaseWizard } from '../../features/manual-cases/components/manual-case-wizard';

/** "Registrera ärende": a paper or phone application entered by staff. */
export function ManualCaseRoute() {
  return <ManualCaseWizard />;
}
