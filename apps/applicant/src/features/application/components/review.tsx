import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { validateForm, visibleAnswers, type FormData } from '@ebistans/schema';
import { AnswerSections, ErrorSummary, problemMessage, useDocumentTitle } from '@ebistans/ui';
import type { SubmittedApplication } from '../api/submit-application';
import { useAnswers } from '../hooks/use-answers';
import { useSubmission } from '../hooks/use-submission';
import { applicationForm, receiptsPath, stepPath } from '../lib/application-form';
import { useApplicationNavigation } from '../hooks/use-application-navigation';
import { finalPagePosition } from '../lib/step-navigation';
import { Estimate } from './estimate';
import { StepProgress } from './step-progress';

/** What the BankID signing is given: exactly the answers that will be sent. */
interface SigningProps {
  formId: string;
  formVersion: number;
  data: FormData;
  onSigned: (signatureId: string) => void;
  onCancel: () => void;
}

interface ReviewProps {
  onSubmitted: (application: SubmittedApplication) => void;
  /** The person logged in with BankID, so the application is signed with BankID before it is sent. */
  signFirst: boolean;
  /** The BankID signing, from the BankID feature. */
  renderSigning: (props: SigningProps) => ReactNode;
  /** The receipts as they stand, with a way back to the receipts step. */
  receipts: ReactNode;
}

/** The last step: every answer with a way back to change it, an estimate, the receipts, and sending. */
export function Review({ onSubmitted, signFirst, renderSigning, receipts }: ReviewProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { answers } = useAnswers();
  const { showIssues } = useApplicationNavigation();
  const position = finalPagePosition(applicationForm, 'review', answers);
  const title = t('application.review.title');
  useDocumentTitle(t('application.stepTitle', { current: position.number, total: position.total, title }));

  const submission = useSubmission({ signFirst, onSubmitted, onIssues: showIssues });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = visibleAnswers(applicationForm, answers);
    // Rules that span steps (an income date near the month applied for) can only be checked on the whole form.
    if (showIssues(validateForm(applicationForm, data))) return;
    submission.start(data);
  }

  return (
    <>
      {submission.error ? <ErrorSummary errors={[{ message: problemMessage(submission.error, t) }]} /> : null}
      <StepProgress current={position.number} total={position.total} />
      <h1>{title}</h1>
      <p className="lead">{t('application.review.intro')}</p>
      <AnswerSections
        form={applicationForm}
        data={answers}
        headingLevel={2}
        stepAction={(section) => (
          <Link to={stepPath(section.stepId)}>
            {t('application.review.change')} <span className="visually-hidden">{section.title}</span>
          </Link>
        )}
      />
      {receipts}
      <Estimate answers={answers} />
      <section className="declaration" aria-labelledby="declaration-title">
        <h2 id="declaration-title">{t('application.review.sendTitle')}</h2>
        <p>{t('application.review.declaration')}</p>
        <p>{signFirst ? t('application.review.signWithBankId') : t('application.review.noSignature')}</p>
        {submission.signing ? (
          // The text also moves BankID's buttons away from where "Skriv under och skicka" was, so that the
          // second click of a double click does not start an order.
          <div className="signing">
            <p>{t('application.review.signingIntro')}</p>
            {renderSigning({
              formId: applicationForm.id,
              formVersion: applicationForm.version,
              data: submission.signing,
              onSigned: submission.signed,
              onCancel: submission.cancelSigning,
            })}
          </div>
        ) : (
          <form noValidate onSubmit={handleSubmit}>
            <div className="button-group">
              <button type="submit" className="button">
                {submission.pending
                  ? t('application.review.submitting')
                  : signFirst
                    ? t('application.review.signAndSubmit')
                    : t('application.review.submit')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => void navigate(receiptsPath)}>
                {t('application.back')}
              </button>
            </div>
          </form>
        )}
      </section>
    </>
  );
}
