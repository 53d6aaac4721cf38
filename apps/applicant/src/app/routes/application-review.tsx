import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { Review } from '../../features/application/components/review';
import { myCasesQueryKey } from '../../features/cases/api/list-my-cases';

export function ApplicationReviewRoute() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <Review
      onSubmitted={(application) => {
        void queryClient.invalidateQueries({ queryKey: myCasesQueryKey });
        void navigate(`/arenden/${application.id}/kvittens`, { replace: true });
      }}
    />
  );
}
