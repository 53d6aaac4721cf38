import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { validationText } from '@ebistans/schema';
import { useLanguage } from '../i18n/use-language.js';
import { problemMessage } from '../lib/problem-message.js';
import { ErrorSummary } from './error-summary.js';
import { TextField } from './text-field.js';

interface OneTimeCodeFormProps {
  /** Where the code is: the SMS to a number, or a numbered code of the printed list. */
  hint: string;
  /** The field's label, "Engångskod" unless given. */
  label?: string;
  onSubmit: (code: string) => void;
  isPending: boolean;
  /** The last failed attempt's error, shown in plain language. */
  error: unknown;
  /** The error's text, when the app words some problems for this form itself; problemMessage otherwise. */
  describeError?: (error: unknown) => string;
}

/** The second login step, the same for applicants and staff: a code sent by SMS or read from a code list. */
export function OneTimeCodeForm({
  hint,
  label: givenLabel,
  onSubmit,
  isPending,
  error,
  describeError,
}: OneTimeCodeFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const label = givenLabel ?? t('ui.oneTimeCode.label');
  const fieldError = missing ? validationText('required', language) : undefined;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const trimmed = code.replace(/\s/g, '');
    setMissing(trimmed === '');
    setAttempt((count) => count + 1);
    if (trimmed !== '') onSubmit(trimmed);
  }

  return (
    <form noValidate onSubmit={handleSubmit}>
      {fieldError ? (
        <ErrorSummary key={attempt} errors={[{ field: 'code', label, message: fieldError }]} />
      ) : error ? (
        <ErrorSummary errors={[{ message: describeError?.(error) ?? problemMessage(error, t) }]} />
      ) : null}
      <TextField
        name="code"
        label={label}
        hint={hint}
        error={fieldError}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        autoComplete="one-time-code"
        inputMode="numeric"
        className="input--short"
      />
      <button type="submit" className="button">
        {isPending ? t('ui.oneTimeCode.pending') : t('ui.oneTimeCode.submit')}
      </button>
    </form>
  );
}
