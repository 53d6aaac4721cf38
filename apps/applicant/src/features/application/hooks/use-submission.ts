import { useRef, useState } from 'react';
import type { FieldIssue, FormData } from '@ebistans/schema';
import { isProblem } from '@ebistans/ui';
import { useSubmitApplication, type SubmittedApplication } from '../api/submit-application';
import { applicationForm } from '../lib/application-form';
import { useAnswers } from './use-answers';

interface SubmissionOptions {
  /** The person logged in with BankID and signs the answers before they are sent. */
  signFirst: boolean;
  onSubmitted: (application: SubmittedApplication) => void;
  /** Problems the API found in the answers; the page takes the person to the step. */
  onIssues: (issues: FieldIssue[]) => void;
}

/**
 * Sending the application once: a double click or a retry after a lost answer sends the same
 * Idempotency-Key, so the API makes one case. After a BankID login the answers are signed first; a
 * signature is reused for a retry of the same answers, since it is spent only when a case is made.
 */
export function useSubmission({ signFirst, onSubmitted, onIssues }: SubmissionOptions) {
  const draft = useAnswers();
  const submit = useSubmitApplication();
  // The ref stops a second click at once; the state shows "Skickar …" while flushing the draft too.
  const sending = useRef(false);
  const [waiting, setWaiting] = useState(false);
  const signature = useRef<{ answers: string; id: string }>(undefined);
  const [signing, setSigning] = useState<FormData>();

  function send(data: FormData, signatureId?: string) {
    if (sending.current) return;
    sending.current = true;
    setWaiting(true);
    // Anything still being autosaved reaches the draft first, so its receipts go with the case.
    void draft.flush().then(() =>
      submit.mutate(
        {
          formId: applicationForm.id,
          formVersion: applicationForm.version,
          data,
          idempotencyKey: draft.submissionKey,
          ...(signatureId ? { signatureId } : {}),
        },
        {
          onSuccess: (application) => {
            draft.submitted();
            onSubmitted(application);
          },
          onError: (error) => {
            if (isProblem(error, 'signature-required', 'signature-mismatch')) {
              signature.current = undefined;
              setSigning(data);
            } else if (isProblem(error, 'invalid-form')) onIssues(error.problem.errors ?? []);
          },
          onSettled: () => {
            sending.current = false;
            setWaiting(false);
          },
        },
      ),
    );
  }

  return {
    /** The person asked to send these answers. */
    start: (data: FormData) => {
      if (sending.current || signing) return;
      const signed = signature.current;
      if (signed && signed.answers === JSON.stringify(data)) send(data, signed.id);
      else if (signFirst) setSigning(data);
      else send(data);
    },
    /** The answers being signed with BankID, while the signing is shown. */
    signing,
    signed: (signatureId: string) => {
      if (!signing) return;
      signature.current = { answers: JSON.stringify(signing), id: signatureId };
      setSigning(undefined);
      send(signing, signatureId);
    },
    cancelSigning: () => setSigning(undefined),
    pending: waiting,
    error: signing ? undefined : submit.error,
  };
}
