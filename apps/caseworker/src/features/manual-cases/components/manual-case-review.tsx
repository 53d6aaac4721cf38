import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FormData, FormDefinition } from '@ebistans/schema';
import { AnswerSections, isProblem, problemMessage } from '@ebistans/ui';
import { uploadProblemText } from '../../../lib/upload-case-documents';
import type { RegisteredCase } from '../api/register-manual-case';

interface ManualCaseReviewProps {
  form: FormDefinition;
  answers: FormData;
  channelText: string;
  pending: boolean;
  error: unknown;
  /** Registered, but the scans were refused: the case exists and the scans can be added under Handlingar. */
  registered: RegisteredCase | undefined;
  onEditStep: (stepId: string) => void;
  onRegister: (scans: File[]) => void;
}

/** Every answer as it will be registered, the scanned paper to file with it, and the button that registers. */
export function ManualCaseReview(props: ManualCaseReviewProps) {
  const { form, answers, channelText, pending, error, registered, onEditStep, onRegister } = props;
  const { t } = useTranslation();
  const scansId = useId();
  const [scans, setScans] = useState<File[]>([]);
  return (
    <>
      <h1>{t('manualCases.review.heading')}</h1>
      <p>{t('manualCases.review.channel', { channel: channelText })}</p>
      <AnswerSections
        form={form}
        data={answers}
        headingLevel={2}
        stepAction={(section) => (
          <button type="button" className="button button--secondary" onClick={() => onEditStep(section.stepId)}>
            {t('manualCases.review.edit')}
            <span className="visually-hidden"> {section.title}</span>
          </button>
        )}
      />
      {registered ? (
        <div role="alert" className="notice">
          <p>
            {t('manualCases.review.scanFailed', {
              caseNumber: registered.caseNumber,
              reason: uploadProblemText(registered.scanError, t),
            })}
          </p>
          <p>
            <Link to={`/arenden/${registered.id}/handlingar`}>{t('manualCases.review.toDocuments')}</Link>
          </p>
        </div>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onRegister(scans);
          }}
        >
          <h2>{t('manualCases.review.scansHeading')}</h2>
          <div className="field">
            <label className="field-label" htmlFor={scansId}>
              {t('manualCases.review.scans')}
            </label>
            <p className="field-hint" id={`${scansId}-hint`}>
              {t('manualCases.review.scansHint')}
            </p>
            <input
              id={scansId}
              type="file"
              multiple
              accept=".pdf,.jpg,.jpeg,.png,.heic,.heif,application/pdf,image/jpeg,image/png,image/heic,image/heif"
              aria-describedby={`${scansId}-hint`}
              onChange={(event) => setScans([...(event.target.files ?? [])])}
            />
          </div>
          <button type="submit" className="button" disabled={pending}>
            {pending ? t('manualCases.review.pending') : t('manualCases.review.submit')}
          </button>
          {error && !isProblem(error, 'invalid-form') ? (
            <p role="alert" className="field-error">
              {problemMessage(error, t)}
            </p>
          ) : null}
        </form>
      )}
    </>
  );
}
