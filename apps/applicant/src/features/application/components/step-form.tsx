import { useEffect, useMemo, useRef } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { isFieldVisible, type FormData, type FormDefinition, type StepDefinition } from '@ebistans/schema';
import { ErrorSummary, FormField, useDocumentTitle, useFormFieldErrors, useLanguage } from '@ebistans/ui';
import { useAnswers } from '../hooks/use-answers';
import { receiptsPath, stepPath } from '../lib/application-form';
import { fieldErrors } from '../lib/field-errors';
import { issuesFromState, issuesOfStep } from '../lib/issues';
import { stepPosition } from '../lib/step-navigation';
import { stepResolver } from '../lib/step-resolver';
import { CopiedNotice } from './copied-notice';
import { StepProgress } from './step-progress';

interface StepFormProps {
  form: FormDefinition;
  step: StepDefinition;
}

/** One step of the application as its own page: its questions, "Nästa" and "Tillbaka". */
export function StepForm({ form, step }: StepFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const location = useLocation();
  const { answers, change, commit, flush } = useAnswers();
  const resolver = useMemo(() => stepResolver(form, step.id), [form, step.id]);
  // Problems found when the whole application was checked on submit are shown on the step they belong to.
  const submitErrors = useMemo(
    () => fieldErrors(issuesOfStep(form, step.id, issuesFromState(location.state))),
    [form, step.id, location.state],
  );
  const {
    control,
    handleSubmit,
    getValues,
    subscribe,
    formState: { errors, submitCount },
  } = useForm<FormData>({ defaultValues: answers, resolver, errors: submitErrors, shouldFocusError: false });
  // Leaving a field saves what was changed at once, so that logging out or closing the tab right after typing
  // loses nothing; while typing, the pause decides.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const form = formRef.current;
    const save = () => void flush();
    form?.addEventListener('focusout', save);
    return () => form?.removeEventListener('focusout', save);
  }, [flush]);
  // Every change the person makes is autosaved after a pause; the form's values are all the answers.
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values, name }) => {
          if (name !== undefined) change(values);
        },
      }),
    [subscribe, change],
  );
  const values = useWatch({ control });
  const fields = step.fields.filter((field) => isFieldVisible(field, values));
  const position = stepPosition(form, step.id, answers);
  const title = step.title[language];
  useDocumentTitle(t('application.stepTitle', { current: position.number, total: position.total, title }));
  const { errorText, summary } = useFormFieldErrors(errors, fields, values);

  // Where "Nästa" and "Tillbaka" lead depends on the answers just given (a co-applicant step after "Sambo").
  // Leaving a step saves it at once, without waiting for the server before the next page shows.
  const onSubmit = handleSubmit((data) => {
    void commit(data);
    const { next } = stepPosition(form, step.id, data);
    void navigate(next ? stepPath(next.id) : receiptsPath);
  });

  function goBack() {
    const data = getValues();
    void commit(data);
    const { previous } = stepPosition(form, step.id, data);
    void navigate(previous ? stepPath(previous.id) : '/');
  }

  return (
    <>
      {summary.length > 0 ? <ErrorSummary key={submitCount} errors={summary} /> : null}
      <StepProgress current={position.number} total={position.total} />
      <h1>{title}</h1>
      {step.intro ? <p className="lead">{step.intro[language]}</p> : null}
      <CopiedNotice step={step} />
      <form ref={formRef} noValidate onSubmit={(event) => void onSubmit(event)}>
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
            {t('application.next')}
          </button>
          <button type="button" className="button button--secondary" onClick={goBack}>
            {t('application.back')}
          </button>
        </div>
      </form>
    </>
  );
}
