import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../lib/problem-message.js';
import { ErrorSummary, type ErrorSummaryItem } from './error-summary.js';

interface PasswordLoginFormProps {
  /** The error summary's items (see useErrorTexts). */
  summary: ErrorSummaryItem[];
  /** Changes with every submit, so that the error summary takes focus again after each failed one. */
  submitCount: number;
  /** The first login step's call; its error is shown once the fields themselves are fine. */
  login: { isPending: boolean; error: unknown };
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  /** The app's own fields, then a PasswordField. */
  children: ReactNode;
}

/** The first login step's form, the same for applicants and staff but for the fields. The SMS code is asked for next. */
export function PasswordLoginForm({ summary, submitCount, login, onSubmit, children }: PasswordLoginFormProps) {
  const { t } = useTranslation();
  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      {summary.length > 0 ? (
        <ErrorSummary key={submitCount} errors={summary} />
      ) : login.error ? (
        <ErrorSummary errors={[{ message: problemMessage(login.error, t) }]} />
      ) : null}
      {children}
      <button type="submit" className="button">
        {login.isPending ? t('ui.login.pending') : t('ui.login.submit')}
      </button>
    </form>
  );
}
