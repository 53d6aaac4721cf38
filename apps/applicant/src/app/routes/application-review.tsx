import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { Loading } from '@ebistans/ui';
import { Review } from '../../features/application/components/review';
import { useAnswers } from '../../features/application/hooks/use-answers';
import { applicationForm, receiptsPath } from '../../features/application/lib/application-form';
import { useMe } from '../../features/auth/api/get-me';
import { SignWithBankId } from '../../features/bankid';
import { myCasesQueryKey } from '../../features/cases/api/list-my-cases';
import { ReceiptsSummary } from '../../features/receipts/components/receipts-summary';

export function ApplicationReviewRoute() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const { revision, pending } = useAnswers();
  return (
    <Review
      // A BankID login signs with BankID; the API also says so (signature-required) if this is not known.
      signFirst={me.data?.loginMethod === 'bankid'}
      renderSigning={(props) => <SignWithBankId {...props} />}
      receipts={
        revision === undefined || pending ? (
          <Loading />
        ) : (
          <ReceiptsSummary formId={applicationForm.id} revision={revision} changePath={receiptsPath} />
        )
      }
      onSubmitted={(application) => {
        void queryClient.invalidateQueries({ queryKey: myCasesQueryKey });
        void navigate(`/arenden/${application.id}/kvittens`, { replace: true });
      }}
    />
  );
}
