import { useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { isFieldVisible, stepOfPath, type FormData, type StepDefinition } from '@ebistans/schema';
import { ErrorSummary, FormField, useDocumentTitle, useFormFieldErrors, useLanguage } from '@ebistans/ui';
import { usePrintAnswers } from '../hooks/use-print-session';
import { issuesFromState } from '../lib/issues';
import { printForm, printReviewPath, printStartPath, printStepPath } from '../lib/print-form';
import { stepPosition } from '../lib/print-steps';
import { fieldErrors, stepResolver } from '../lib/step-validation';

/** One step of the monthly form, filled in to print: the same questions and checks as when logged in. */
export function PrintStep({ step }: { step: StepDefinition }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const location = useLocation();
  const { answers, save } = usePrintAnswers();
  const resolver = useMemo(() => stepResolver(printForm, step.id), [step.id]);
  // Problems found when the whole form was checked before printing are shown on the step they belong to.
  const submitErrors = useMemo(
    () =>
      fieldErrors(issuesFromState(location.state).filter((issue) => stepOfPath(printForm, issue.path)?.id === step.id)),
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
  const position = stepPosition(step.id, answers);
  const title = step.title[language];
  useDocumentTitle(t('print.stepTitle', { current: position.number, total: position.total, title }));
  const { errorText, summary } = useFormFieldErrors(errors, fields, values);

  // Where "Nästa" and "Tillbaka" lead depends on the answers just given (a co-applicant step after "Sambo").
  const onSubmit = handleSubmit((data) => {
    save({ answers: data });
    const { next } = stepPosition(step.id, data);
    void navigate(next ? printStepPath(next.id) : printReviewPath);
  });

  function goBack() {
    const data = getValues();
    save({ answers: data });
    const { previous } = stepPosition(step.id, data);
    void navigate(previous ? printStepPath(previous.id) : printStartPath);
  }

  return (
    <>
      {summary.length > 0 ? <ErrorSummary key={submitCount} errors={summary} /> : null}
      <p className="caption">{t('print.caption')}</p>
      <p className="caption">{t('print.progress', { current: position.number, total: position.total })}</p>
      <h1>{title}</h1>
      {step.intro ? <p className="lead">{step.intro[language]}</p> : null}
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
            {t('print.next')}
          </button>
          <button type="button" className="button button--secondary" onClick={goBack}>
            {t('print.back')}
          </button>
        </div>
      </form>
    </>
  );
}
