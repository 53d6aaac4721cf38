import { useStepNavigation } from '@ebistans/ui';
import { applicationForm, receiptsPath, stepPath } from '../lib/application-form';
import { finalPages } from '../lib/step-navigation';

/** Between the application's steps: after the last comes the receipts step, before the first the start page. */
export function useApplicationNavigation() {
  return useStepNavigation({
    form: applicationForm,
    stepPath,
    afterLast: receiptsPath,
    beforeFirst: '/',
    pagesAfter: finalPages.length,
  });
}
