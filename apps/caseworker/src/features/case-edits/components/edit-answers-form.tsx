import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isFieldVisible, visibleSteps, type FormData, type FormDefinition } from '@ebistans/schema';
import {
  ErrorSummary,
  FormField,
  TextArea,
  formResolver,
  isProblem,
  problemMessage,
  useFormFieldErrors,
  useLanguage,
} from '@ebistans/ui';
import { useEditAnswers } from '../api/answer-edits';

interface EditableCase {
  id: string;
  data: FormData;
  /** The checks are about the day the application was sent, as when the API checks the edit. */
  submittedAt: string;
  applicantPersonnummer: string;
}

interface EditAnswersFormProps {
  form: FormDefinition;
  item: EditableCase;
  onSaved: () => void;
  onCancel: () => void;
}

const REASON = 'reason';

/**
 * "Ändra uppgifter": every question of the case's form on one page, filled in with the answers now, and
 * the reason the caseworker must give. The answers are checked by the form's own rules before they are
 * sent, and the API's verdict on them is shown at the questions too.
 */
export function EditAnswersForm({ form, item, onSaved, onCancel }: EditAnswersFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const resolver = useMemo(
    () =>
      formResolver(form, {
        today: new Date(item.submittedAt),
        applicantIdentityNumber: item.applicantPersonnummer,
      }),
    [form, item.submittedAt, item.applicantPersonnummer],
  );
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<FormData>({ defaultValues: item.data, resolver, shouldFocusError: false });
  const save = useEditAnswers(item.id);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening the editor replaces what the caseworker was reading; the heading tells where they are now.
  useEffect(() => heading.current?.focus(), []);

  const values = useWatch({ control });
  const steps = visibleSteps(form, values);
  const fields = steps.flatMap((step) => step.fields.filter((field) => isFieldVisible(field, values)));
  const { errorText, summary } = useFormFieldErrors(errors, fields, values);
  const reasonError = reasonMissing ? t('caseEdits.reasonRequired') : undefined;
  const shownErrors = [
    ...summary,
    ...(reasonError ? [{ field: REASON, label: t('caseEdits.reason'), message: reasonError }] : []),
  ];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const missing = reason.trim() === '';
    setReasonMissing(missing);
    setAttempt((count) => count + 1);
    void handleSubmit((data) => {
      if (missing) return;
      save.mutate(
        { data, reason: reason.trim() },
        {
          onSuccess: onSaved,
          onError: (error) => {
            if (!isProblem(error, 'invalid-form')) return;
            for (const issue of error.problem.errors ?? []) {
              setError(issue.path, { type: issue.code, message: issue.code });
            }
          },
        },
      );
    })(event);
  };

  return (
    <>
      <h3 ref={heading} tabIndex={-1}>
        {t('caseEdits.heading')}
      </h3>
      {shownErrors.length > 0 ? <ErrorSummary key={attempt} errors={shownErrors} headingLevel={4} /> : null}
      <p>{t('caseEdits.intro')}</p>
      <form noValidate onSubmit={onSubmit} className="case-edit">
        {steps.map((step) => (
          <section key={step.id} aria-labelledby={`edit-step-${step.id}`}>
            <h4 id={`edit-step-${step.id}`}>{step.title[language]}</h4>
            {step.fields
              .filter((field) => isFieldVisible(field, values))
              .map((field) => (
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
          </section>
        ))}
        <h4>{t('caseEdits.reasonHeading')}</h4>
        <TextArea
          name={REASON}
          label={t('caseEdits.reason')}
          hint={t('caseEdits.reasonHint')}
          error={reasonError}
          maxLength={2000}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <div className="button-group">
          <button type="submit" className="button" disabled={save.isPending}>
            {t('caseEdits.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('caseEdits.cancel')}
          </button>
        </div>
        {save.error && !isProblem(save.error, 'invalid-form') ? (
          <p role="alert" className="field-error">
            {isProblem(save.error, 'no-changes')
              ? t('caseEdits.noChanges')
              : isProblem(save.error, 'conflict')
                ? t('caseEdits.ended')
                : problemMessage(save.error, t)}
          </p>
        ) : null}
      </form>
    </>
  );
}
