import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { validateForm, visibleAnswers, type FieldIssue } from '@ebistans/schema';
import { AnswerSections, ErrorSummary, isProblem, problemMessage, useDocumentTitle } from '@ebistans/ui';
import { useSubmitApplication, type SubmittedApplication } from '../api/submit-application';
import { useAnswers } from '../hooks/use-answers';
import { applicationForm, stepPath } from '../lib/application-form';
import { firstStepWithIssue, type IssuesState } from '../lib/issues';
import { askedSteps } from '../lib/step-navigation';
import { StepProgress } from './step-progress';

/** The last step: every answer with a way back to change it, and the button that submits. */
export function Review({ onSubmitted }: { onSubmitted: (application: SubmittedApplication) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { answers, clear } = useAnswers();
  const submit = useSubmitApplication();
  const steps = askedSteps(applicationForm, answers);
  const total = steps.length + 1;
  const title = t('application.review.title');
  useDocumentTitle(t('application.stepTitle', { current: total, total, title }));

  /** Sends the user to the first step with a problem; false when no step asks about it. */
  function showIssues(issues: FieldIssue[]): boolean {
    const step = firstStepWithIssue(applicationForm, issues);
    if (!step) return false;
    const state: IssuesState = { issues };
    void navigate(stepPath(step.id), { state });
    return true;
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submit.isPending) return;
    const data = visibleAnswers(applicationForm, answers);
    // Rules that span steps (an income date near the month applied for) can only be checked on the whole form.
    if (showIssues(validateForm(applicationForm, data))) return;
    submit.mutate(
      { formId: applicationForm.id, formVersion: applicationForm.version, data },
      {
        onSuccess: (application) => {
          clear();
          onSubmitted(application);
        },
        onError: (error) => {
          if (isProblem(error, 'invalid-form')) showIssues(error.problem.errors ?? []);
        },
      },
    );
  }

  const lastStep = steps.at(-1);
  return (
    <>
      {submit.error ? <ErrorSummary errors={[{ message: problemMessage(submit.error, t) }]} /> : null}
      <StepProgress current={total} total={total} />
      <h1>{title}</h1>
      <p className="lead">{t('application.review.intro')}</p>
      <AnswerSections
        form={applicationForm}
        data={answers}
        headingLevel={2}
        stepAction={(section) => (
          <Link to={stepPath(section.stepId)}>
            {t('application.review.change')}
            <span className="visually-hidden"> {section.title}</span>
          </Link>
        )}
      />
      <form noValidate onSubmit={handleSubmit}>
        <div className="button-group">
          <button type="submit" className="button">
            {submit.isPending ? t('application.review.submitting') : t('application.review.submit')}
          </button>
          {lastStep ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void navigate(stepPath(lastStep.id))}
            >
              {t('application.back')}
            </button>
          ) : null}
        </div>
      </form>
    </>
  );
}
