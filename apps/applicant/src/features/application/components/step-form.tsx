import { useEffect, useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { isFieldVisible, type FormData, type StepDefinition } from '@ebistans/schema';
import { ErrorSummary, FormField, useDocumentTitle, useErrorTexts, useLanguage } from '@ebistans/ui';
import { useAnswers } from '../hooks/use-answers';
import { applicationForm, totalSteps } from '../lib/application-form';
import { issuesFromState } from '../lib/issues';
import { stepResolver } from '../lib/step-resolver';
import { StepProgress } from './step-progress';

interface StepFormProps {
  step: StepDefinition;
  stepNumber: number;
  previousPath: string;
  nextPath: string;
}

/** One step of the application as its own page: its questions, "Nästa" and "Tillbaka". */
export function StepForm({ step, stepNumber, previousPath, nextPath }: StepFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const location = useLocation();
  const { answers, save } = useAnswers();
  const resolver = useMemo(() => stepResolver(applicationForm, step.id), [step.id]);
  const {
    control,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, submitCount },
  } = useForm<FormData>({ defaultValues: answers, resolver, shouldFocusError: false });
  const values = useWatch({ control });
  const fields = step.fields.filter((field) => isFieldVisible(field, values));
  const title = step.title[language];
  useDocumentTitle(t('application.stepTitle', { current: stepNumber, total: totalSteps, title }));

  // Problems found when the whole application was checked on submit are shown on the step they belong to.
  useEffect(() => {
    const names = new Set(step.fields.map((field) => field.name));
    for (const issue of issuesFromState(location.state)) {
      const name = issue.path.split('.')[0] ?? '';
      if (names.has(name)) setError(name, { type: issue.code, message: issue.code });
    }
  }, [location.state, setError, step.fields]);

  const { errorText, summary } = useErrorTexts(
    errors,
    fields.map((field) => ({ name: field.name, label: field.label[language] })),
  );

  const onSubmit = handleSubmit((data) => {
    save(data);
    void navigate(nextPath);
  });

  return (
    <>
      {summary.length > 0 ? <ErrorSummary key={submitCount} errors={summary} /> : null}
      <StepProgress current={stepNumber} />
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
                value={input.value}
                onChange={input.onChange}
                onBlur={input.onBlur}
                error={errorText(field.name)}
              />
            )}
          />
        ))}
        <div className="button-group">
          <button type="submit" className="button">
            {t('application.next')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              save(getValues());
              void navigate(previousPath);
            }}
          >
            {t('application.back')}
          </button>
        </div>
      </form>
    </>
  );
}
