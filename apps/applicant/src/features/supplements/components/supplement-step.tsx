import { useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import {
  isFieldVisible,
  stepOfPath,
  validateForm,
  visibleAnswers,
  type FieldIssue,
  type FormData,
  type StepDefinition,
} from '@ebistans/schema';
import {
  AnswerSections,
  ErrorSummary,
  FormField,
  isProblem,
  problemMessage,
  useDocumentTitle,
  useFormFieldErrors,
  useLanguage,
} from '@ebistans/ui';
import type { SupplementRequest } from '../api/list-supplements';
import { useSendSupplement } from '../api/send-supplement';
import { useSupplementAnswers } from '../hooks/use-supplement-answers';
import { firstStepWithIssue, issuesFromState, type IssuesState } from '../lib/issues';
import { fieldErrors, stepResolver } from '../lib/step-validation';
import { kompletteringForm as form, supplementStepPath } from '../lib/supplement-form';
import { RequestDetails } from './request-details';

interface SupplementStepProps {
  caseId: string;
  caseNumber: string;
  step: StepDefinition;
  /** The caseworker's request being answered, if any. */
  request: SupplementRequest | undefined;
  onSent: () => void;
}

/**
 * One step of the `komplettering` form as its own page. The last step shows what will be sent above the
 * declaration, and its button sends the supplement to the case.
 */
export function SupplementStep({ caseId, caseNumber, step, request, onSent }: SupplementStepProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const location = useLocation();
  const { answers, save, clear } = useSupplementAnswers(caseId, {
    reason: request ? 'requested' : 'own_initiative',
  });
  const send = useSendSupplement(caseId);
  const index = form.steps.findIndex((candidate) => candidate.id === step.id);
  const previous = form.steps[index - 1];
  const next = form.steps[index + 1];
  const resolver = useMemo(() => stepResolver(form, step.id), [step.id]);
  const submitErrors = useMemo(
    () => fieldErrors(issuesFromState(location.state).filter((issue) => stepOfPath(form, issue.path)?.id === step.id)),
    [location.state, step.id],
  );
  const {
    control,
    handleSubmit,
    getValues,
    formState: { errors, submitCount },
  } = useForm<FormData>({ defaultValues: answers, resolver, errors: submitErrors, shouldFocusError: false });
  const values = useWatch({ control });
  const fields = step.fields.filter((field) => isFieldVisible(field, values));
  const { errorText, summary } = useFormFieldErrors(errors, fields, values);
  const title = step.title[language];
  const progress = { current: index + 1, total: form.steps.length };
  useDocumentTitle(t('supplements.stepTitle', { ...progress, title }));

  /** Problems the whole form has (a rule across steps, or the API's check) are shown on their own step. */
  function showIssues(issues: FieldIssue[]): boolean {
    const target = firstStepWithIssue(form, issues);
    if (!target) return false;
    const state: IssuesState = { issues };
    void navigate(supplementStepPath(caseId, target.id, request?.id), { state });
    return true;
  }

  const onSubmit = handleSubmit((data) => {
    save(data);
    if (next) {
      void navigate(supplementStepPath(caseId, next.id, request?.id));
      return;
    }
    if (send.isPending) return;
    const payload = visibleAnswers(form, data);
    if (showIssues(validateForm(form, payload))) return;
    send.mutate(
      { formVersion: form.version, data: payload, requestId: request?.id },
      {
        onSuccess: () => {
          clear();
          onSent();
        },
        onError: (error) => {
          if (isProblem(error, 'invalid-form')) showIssues(error.problem.errors ?? []);
        },
      },
    );
  });

  function goBack() {
    save(getValues());
    void navigate(previous ? supplementStepPath(caseId, previous.id, request?.id) : `/arenden/${caseId}`);
  }

  const sendError = send.error && !isProblem(send.error, 'invalid-form') ? problemMessage(send.error, t) : undefined;
  const shownErrors = summary.length > 0 ? summary : sendError ? [{ message: sendError }] : [];
  const earlierSteps = { ...form, steps: form.steps.slice(0, index) };
  return (
    <>
      {shownErrors.length > 0 ? <ErrorSummary key={submitCount} errors={shownErrors} /> : null}
      <p className="caption">{t('supplements.caseCaption', { caseNumber })}</p>
      <p className="caption">{t('supplements.progress', progress)}</p>
      <h1>{title}</h1>
      {index === 0 ? (
        <>
          {request ? (
            <section className="notice notice--action" aria-labelledby="asked-title">
              <h2 id="asked-title">{t('supplements.askedTitle')}</h2>
              <RequestDetails request={request} />
            </section>
          ) : null}
          {step.intro ? <p className="lead">{step.intro[language]}</p> : null}
          <p>{t('supplements.noUploadYet')}</p>
        </>
      ) : null}
      {next ? null : (
        <>
          <section aria-labelledby="sending-title">
            <h2 id="sending-title">{t('supplements.summaryTitle')}</h2>
            <AnswerSections
              form={earlierSteps}
              data={answers}
              headingLevel={3}
              stepAction={(section) => (
                <Link to={supplementStepPath(caseId, section.stepId, request?.id)}>
                  {t('supplements.change')}
                  <span className="visually-hidden"> {section.title}</span>
                </Link>
              )}
            />
          </section>
          <h2>{t('supplements.confirmTitle')}</h2>
        </>
      )}
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        {fields.map((field) => (
          <Controller
            key={field.name}
            name={field.name}
            control={control}
            render={({ field: input }) => (
              <FormField
                field={field}
                path={field.name}
                value={input.value}
                onChange={input.onChange}
                onBlur={input.onBlur}
                errorText={errorText}
              />
            )}
          />
        ))}
        <div className="button-group">
          <button type="submit" className="button">
            {next ? t('supplements.next') : send.isPending ? t('supplements.sending') : t('supplements.submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={goBack}>
            {t('supplements.back')}
          </button>
        </div>
      </form>
    </>
  );
}
