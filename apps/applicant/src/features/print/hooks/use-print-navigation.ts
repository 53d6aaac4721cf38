import { useStepNavigation } from '@ebistans/ui';
import { printForm, printReviewPath, printStartPath, printStepPath } from '../lib/print-form';

/** Between the steps of the form to print: the review after the last, the municipality before the first. */
export function usePrintNavigation() {
  return useStepNavigation({
    form: printForm,
    stepPath: printStepPath,
    afterLast: printReviewPath,
    beforeFirst: printStartPath,
    pagesAfter: 1,
  });
}
