import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionResult } from '../../../components/action-result';
import {
  useDeactivate,
  useIssueCodeListPdf,
  useReactivate,
  useResetPassword,
  useUnlock,
} from '../api/applicant-actions';
import type { ApplicantDetail } from '../api/get-applicant';
import { ConfirmStep } from '../../../components/confirm-step';
import { ShownOncePassword } from './shown-once-password';

/** Opens the PDF in a new tab where the browser can show it, and saves it as a file otherwise. */
function openPdf(blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = 'kodlista.pdf';
  link.target = '_blank';
  link.rel = 'noopener';
  link.click();
  // The new tab has read the file by the time this runs; the URL would otherwise live as long as the page.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** What a caseworker does for the applicant's login: new password, code list, unlock, deactivate or reactivate. */
export function AccountActions({ applicant }: { applicant: ApplicantDetail }) {
  const { t } = useTranslation();
  const name = `${applicant.givenName} ${applicant.familyName}`;
  const reset = useResetPassword(applicant.id);
  const codeList = useIssueCodeListPdf(applicant.id);
  const unlock = useUnlock(applicant.id);
  const deactivate = useDeactivate(applicant.id);
  const reactivate = useReactivate(applicant.id);
  const [done, setDone] = useState<string>();

  return (
    <section aria-labelledby="account-actions-title">
      <h2 id="account-actions-title">{t('applicants.actions.title')}</h2>
      {reset.data ? (
        <ShownOncePassword heading={t('applicants.password.newHeading')} password={reset.data.password} />
      ) : null}
      <div className="button-group">
        <ConfirmStep
          label={t('applicants.actions.resetPassword')}
          question={t('applicants.actions.resetQuestion', { name })}
          triggerClassName="button button--secondary"
          confirmLabel={t('applicants.actions.resetConfirm')}
          confirmClassName="button"
          cancelLabel={t('applicants.actions.cancel')}
          pending={reset.isPending}
          onConfirm={() => reset.mutate()}
        />
        <ConfirmStep
          label={t('applicants.actions.codeList')}
          question={
            applicant.hasActiveCodeList
              ? t('applicants.actions.codeListReplaceQuestion', { name })
              : t('applicants.actions.codeListQuestion', { name })
          }
          triggerClassName="button button--secondary"
          confirmLabel={t('applicants.actions.codeListConfirm')}
          confirmClassName="button"
          cancelLabel={t('applicants.actions.cancel')}
          pending={codeList.isPending}
          onConfirm={() =>
            codeList.mutate(undefined, {
              onSuccess: (blob) => {
                openPdf(blob);
                setDone(t('applicants.actions.codeListDone'));
              },
            })
          }
        />
        {applicant.lockedUntil ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => unlock.mutate(undefined, { onSuccess: () => setDone(t('applicants.actions.unlockDone')) })}
          >
            {t('applicants.actions.unlock')}
          </button>
        ) : null}
        {applicant.deactivatedAt ? (
          <ConfirmStep
            label={t('applicants.actions.reactivate')}
            question={t('applicants.actions.reactivateQuestion', { name })}
            triggerClassName="button button--secondary"
            confirmLabel={t('applicants.actions.reactivateConfirm')}
            confirmClassName="button"
            cancelLabel={t('applicants.actions.cancel')}
            pending={reactivate.isPending}
            onConfirm={() =>
              reactivate.mutate(undefined, { onSuccess: () => setDone(t('applicants.actions.reactivateDone')) })
            }
          />
        ) : (
          <ConfirmStep
            label={t('applicants.actions.deactivate')}
            question={t('applicants.actions.deactivateQuestion', { name })}
            triggerClassName="button button--secondary"
            confirmLabel={t('applicants.actions.deactivateConfirm')}
            confirmClassName="button"
            cancelLabel={t('applicants.actions.cancel')}
            pending={deactivate.isPending}
            onConfirm={() =>
              deactivate.mutate(undefined, { onSuccess: () => setDone(t('applicants.actions.deactivateDone')) })
            }
          />
        )}
      </div>
      <ActionResult
        error={reset.error ?? codeList.error ?? unlock.error ?? deactivate.error ?? reactivate.error}
        done={done}
      />
    </section>
  );
}
