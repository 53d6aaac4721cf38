import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useLocation } from 'react-router';
import { isFieldVisible, type FormData, type FormDefinition, type StepDefinition } from '@ebistans/schema';
import { useFormFieldErrors } from '../hooks/use-form-field-errors.js';
import { useLanguage } from '../i18n/use-language.js';
import { fieldErrors, issuesFromState, issuesOfStep, stepResolver } from '../lib/step-issues.js';
import { ErrorSummary, type ErrorSummaryItem } from './error-summary.js';
import { FormField } from './form-field/form-field.js';

export interface FormStepProps {
  form: FormDefinition;
  step: StepDefinition;
  /** The answers so far; the step's questions start from them. */
  answers: FormData;
  /** "Nästa", once the step's answers pass the form's rules: all the answers, this step's included. */
  onNext: (answers: FormData) => void;
  /** "Tillbaka": the answers as they are, unchecked, so that nothing typed is lost. */
  onBack: (answers: FormData) => void;
  /** Each change the person makes, for saving as they go. */
  onChange?: (answers: FormData) => void;
  /** Leaving a field, for saving at once what was typed. */
  onFieldLeave?: () => void;
  nextLabel: string;
  backLabel: string;
  /** Above the heading: where in the form the person is ("Steg 3 av 14"). */
  progress?: ReactNode;
  /** Problems that belong to no question (the API refused), shown when the questions have none. */
  otherErrors?: readonly ErrorSummaryItem[];
  /** Between the heading and the questions: the step's introduction and what the page adds. */
  children?: ReactNode;
}

/**
 * One step of a form as its own page: its questions checked by the form's own rules, the problems in a
 * summary and at each question, "Nästa" and "Tillbaka". Problems found when the whole form was checked
 * (sent here in the navigation state) are shown on the step they belong to. What the answers are saved
 * to and where the buttons lead is the caller's.
 */
export function FormStep({
  form,
  step,
  answers,
  onNext,
  onBack,
  onChange,
  onFieldLeave,
  nextLabel,
  backLabel,
  progress,
  otherErrors = [],
  children,
}: FormStepProps) {
  const language = useLanguage();
  const location = useLocation();
  const resolver = useMemo(() => stepResolver(form, step.id), [form, step.id]);
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

  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const element = formRef.current;
    if (!onFieldLeave || !element) return;
    element.addEventListener('focusout', onFieldLeave);
    return () => element.removeEventListener('focusout', onFieldLeave);
  }, [onFieldLeave]);
  useEffect(() => {
    if (!onChange) return;
    return subscribe({
      formState: { values: true },
      callback: ({ values, name }) => {
        // Only the person's own changes; resetting the form is not one.
        if (name !== undefined) onChange(values);
      },
    });
  }, [subscribe, onChange]);

  const values = useWatch({ control });
  const fields = step.fields.filter((field) => isFieldVisible(field, values));
  const { errorText, summary } = useFormFieldErrors(errors, fields, values);
  const shownErrors = summary.length > 0 ? summary : otherErrors;

  return (
    <>
      {shownErrors.length > 0 ? <ErrorSummary key={submitCount} errors={[...shownErrors]} /> : null}
      {progress}
      <h1>{step.title[language]}</h1>
      {children}
      <form ref={formRef} noValidate onSubmit={(event) => void handleSubmit((data) => onNext(data))(event)}>
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
            {nextLabel}
          </button>
          <button type="button" className="button button--secondary" onClick={() => onBack(getValues())}>
            {backLabel}
          </button>
        </div>
      </form>
    </>
  );
}
