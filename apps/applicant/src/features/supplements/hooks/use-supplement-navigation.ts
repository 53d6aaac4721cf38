import { useCallback } from 'react';
import { useStepNavigation } from '@ebistans/ui';
import { kompletteringForm, supplementStepPath } from '../lib/supplement-form';

/** Between the supplement's steps; the request answered stays in the address. The last step sends instead. */
export function useSupplementNavigation(caseId: string, requestId: string | undefined) {
  const stepPath = useCallback((stepId: string) => supplementStepPath(caseId, stepId, requestId), [caseId, requestId]);
  const casePath = `/arenden/${encodeURIComponent(caseId)}`;
  return useStepNavigation({ form: kompletteringForm, stepPath, afterLast: casePath, beforeFirst: casePath });
}
