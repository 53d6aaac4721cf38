import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidationCode, validationText } from '@ebistans/schema';
import {
  ChoiceGroup,
  ErrorSummary,
  TextField,
  formatDateTime,
  isProblem,
  problemFieldErrors,
  problemMessage,
  useLanguage,
  type ProblemFieldError,
} from '@ebistans/ui';
import {
  useSaveNotificationPreferences,
  type NotificationPreferences,
  type NotificationPreferencesInput,
} from '../api/notification-preferences';

const channels = [
  { key: 'notifyByEmail', offer: 'email' },
  { key: 'notifyBySms', offer: 'sms' },
] as const;

/** The fields the API may name in its errors, in the order the form shows them. */
const errorFields = ['notifyByEmail', 'notifyBySms', 'email', 'mobile', 'language'] as const;
type ErrorField = (typeof errorFields)[number];

const formValues = (saved: NotificationPreferences): NotificationPreferencesInput => ({
  email: saved.email ?? '',
  mobile: saved.mobile ?? '',
  notifyByEmail: saved.notifyByEmail,
  notifyBySms: saved.notifyBySms,
  language: saved.language,
  confirmProtectedIdentity: false,
});

/**
 * How the applicant hears of news in their cases. The API checks the addresses and the rules (an address
 * for a channel kept on, the login number kept); its field errors are shown at each field and summed up on top.
 */
export function NotificationPreferencesForm({ saved }: { saved: NotificationPreferences }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const save = useSaveNotificationPreferences();
  const [values, setValues] = useState(() => formValues(saved));
  const [issues, setIssues] = useState<Partial<Record<ErrorField, ProblemFieldError>>>({});
  const [attempt, setAttempt] = useState(0);

  const set = (change: Partial<NotificationPreferencesInput>) => setValues((current) => ({ ...current, ...change }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setIssues({});
    save.mutate(
      { ...values, email: values.email.trim(), mobile: values.mobile.trim() },
      {
        // Shows the stored form (a mobile number as +46…) and asks for a new confirmation next time.
        onSuccess: (stored) => setValues(formValues(stored)),
        onError: (error) => {
          if (!isProblem(error, 'validation', 'invalid-preferences')) return;
          setIssues(problemFieldErrors(error, errorFields));
          setAttempt((value) => value + 1);
        },
      },
    );
  }

  // The schema package's codes and this page's own have texts in both languages; anything else is the API's Swedish.
  const text = ({ code, message }: ProblemFieldError) =>
    isValidationCode(code)
      ? validationText(code, language)
      : t(`notificationPreferences.error.${code}`, { defaultValue: message ?? '' });
  const label = (field: ErrorField) => t(`notificationPreferences.field.${field}`);
  const errorOf = (field: ErrorField) => (issues[field] ? text(issues[field]) : undefined);
  const fieldItems = errorFields.flatMap((field) => {
    const issue = issues[field];
    return issue ? [{ field, label: label(field), message: text(issue) }] : [];
  });
  const summary =
    fieldItems.length > 0
      ? fieldItems
      : save.error && !isProblem(save.error, 'validation', 'invalid-preferences')
        ? [{ message: problemMessage(save.error, t) }]
        : [];

  return (
    <form noValidate onSubmit={handleSubmit}>
      {summary.length > 0 ? <ErrorSummary key={attempt} errors={summary} /> : null}

      <fieldset className="field">
        <legend className="field-label">{t('notificationPreferences.channels.legend')}</legend>
        <p className="field-hint">{t('notificationPreferences.channels.hint')}</p>
        <div className="choices">
          {channels.map(({ key, offer }) => {
            const offered = saved.municipalityOffers[offer];
            const id = `field-${key}`;
            const hintId = `${id}-hint`;
            return (
              <div key={key}>
                <div className="choice">
                  <input
                    id={id}
                    name={key}
                    type="checkbox"
                    // A channel the municipality does not use stays as chosen, for when it starts using it.
                    checked={offered && values[key]}
                    disabled={!offered}
                    aria-describedby={offered ? undefined : hintId}
                    onChange={(change) => set({ [key]: change.target.checked })}
                  />
                  <label htmlFor={id}>{label(key)}</label>
                </div>
                {offered ? null : (
                  <p id={hintId} className="field-hint choice__hint">
                    {t(`notificationPreferences.channels.notOffered.${offer}`)}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>

      <TextField
        name="email"
        type="email"
        label={label('email')}
        hint={t('notificationPreferences.hint.email')}
        error={errorOf('email')}
        value={values.email}
        autoComplete="email"
        inputMode="email"
        onChange={(event) => set({ email: event.target.value })}
      />
      <TextField
        name="mobile"
        type="tel"
        label={label('mobile')}
        hint={t('notificationPreferences.hint.mobile')}
        error={errorOf('mobile')}
        value={values.mobile}
        autoComplete="tel"
        inputMode="tel"
        onChange={(event) => set({ mobile: event.target.value })}
      />

      <ChoiceGroup
        name="language"
        legend={label('language')}
        choices={[
          { value: 'sv', label: 'Svenska' },
          { value: 'en', label: 'English' },
        ]}
        value={values.language}
        error={errorOf('language')}
        onChange={(value) => set({ language: value === 'en' ? 'en' : 'sv' })}
      />

      {saved.protectedIdentity ? (
        <section className="notice notice--action" aria-labelledby="protected-identity-heading">
          <h2 id="protected-identity-heading">{t('notificationPreferences.protected.heading')}</h2>
          <p>{t('notificationPreferences.protected.explanation')}</p>
          <p>
            <strong>
              {saved.confirmedAt
                ? t('notificationPreferences.protected.confirmed', {
                    date: formatDateTime(saved.confirmedAt, language),
                  })
                : t('notificationPreferences.protected.unconfirmed')}
            </strong>
          </p>
          <div className="choice">
            <input
              id="field-confirmProtectedIdentity"
              name="confirmProtectedIdentity"
              type="checkbox"
              checked={values.confirmProtectedIdentity}
              onChange={(change) => set({ confirmProtectedIdentity: change.target.checked })}
            />
            <label htmlFor="field-confirmProtectedIdentity">{t('notificationPreferences.protected.confirm')}</label>
          </div>
        </section>
      ) : null}

      <button type="submit" className="button">
        {save.isPending ? t('notificationPreferences.saving') : t('notificationPreferences.save')}
      </button>
      <div role="status">{save.isSuccess ? <p>{t('notificationPreferences.saved')}</p> : null}</div>
    </form>
  );
}
