import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidationCode, validationText } from '@ebistans/schema';
import { ErrorSummary, TextField, isProblem, problemFieldErrors, problemMessage, useLanguage } from '@ebistans/ui';
import { useCreateApplicant } from '../api/create-applicant';
import { applicantFieldIssue, applicantFields, type ApplicantField, type ApplicantForm } from '../lib/applicant-fields';

const empty: ApplicantForm = { personnummer: '', givenName: '', familyName: '', mobile: '', email: '' };

interface CreateApplicantFormProps {
  onCreated: (created: { id: string; initialPassword: string }) => void;
}

/** A new applicant account: errors from the check here or from the API are shown at each field and summed up on top. */
export function CreateApplicantForm({ onCreated }: CreateApplicantFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const create = useCreateApplicant();
  const [values, setValues] = useState(empty);
  const [issues, setIssues] = useState<Partial<Record<ApplicantField, { code: string }>>>({});
  const [attempt, setAttempt] = useState(0);

  const label = (field: ApplicantField) => t(`applicants.field.${field}`);
  const text = ({ code }: { code: string }) =>
    isValidationCode(code) ? validationText(code, language) : t(`applicants.create.error.${code}`);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const found = Object.fromEntries(
      applicantFields.flatMap((field) => {
        const code = applicantFieldIssue(field, values[field]);
        return code ? [[field, { code }]] : [];
      }),
    );
    setIssues(found);
    setAttempt((value) => value + 1);
    if (Object.keys(found).length > 0) return;
    create.mutate(
      {
        personnummer: values.personnummer.trim(),
        givenName: values.givenName.trim(),
        familyName: values.familyName.trim(),
        mobile: values.mobile.trim(),
        email: values.email.trim(),
      },
      {
        onSuccess: onCreated,
        onError: (error) => {
          if (!isProblem(error, 'validation', 'conflict')) return;
          setIssues(problemFieldErrors(error, applicantFields));
          setAttempt((value) => value + 1);
        },
      },
    );
  }

  const fieldItems = applicantFields.flatMap((field) => {
    const issue = issues[field];
    return issue ? [{ field, label: label(field), message: text(issue) }] : [];
  });
  const summary =
    fieldItems.length > 0
      ? fieldItems
      : create.error && !isProblem(create.error, 'validation', 'conflict')
        ? [{ message: problemMessage(create.error, t) }]
        : [];
  const hints: Partial<Record<ApplicantField, string>> = {
    personnummer: t('applicants.create.hint.personnummer'),
    mobile: t('applicants.create.hint.mobile'),
    email: t('applicants.create.hint.email'),
  };

  return (
    <form noValidate onSubmit={handleSubmit}>
      {summary.length > 0 ? <ErrorSummary key={attempt} errors={summary} /> : null}
      {applicantFields.map((field) => (
        <TextField
          key={field}
          name={field}
          label={label(field)}
          hint={hints[field]}
          error={issues[field] ? text(issues[field]) : undefined}
          value={values[field]}
          autoComplete="off"
          inputMode={field === 'mobile' ? 'tel' : field === 'email' ? 'email' : undefined}
          onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
        />
      ))}
      <button type="submit" className="button">
        {create.isPending ? t('applicants.create.submitting') : t('applicants.create.submit')}
      </button>
    </form>
  );
}
