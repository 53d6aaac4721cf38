import { ReceiptsStep } from '../../features/application/components/receipts-step';
import { applicationForm } from '../../features/application/lib/application-form';
import { ReceiptChecklist } from '../../features/receipts/components/receipt-checklist';

export function ApplicationReceiptsRoute() {
  return (
    <ReceiptsStep
      renderChecklist={(revision) => <ReceiptChecklist formId={applicationForm.id} revision={revision} />}
    />
  );
}
