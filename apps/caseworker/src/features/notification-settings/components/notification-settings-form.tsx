import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidationCode, validationText } from '@ebistans/schema';
import { ErrorSummary, TextField, isProblem, problemMessage, useLanguage } from '@ebistans/ui';
import {
  applicantEvents,
  staffEvents,
  useSaveNotificationSettings,
  type NotificationSettings,
} from '../api/notification-settings';

const addressFields = ['emailFrom', 'functionMailbox'] as const;
type AddressField = (typeof addressFields)[number];

/**
 * The municipality's sender, function mailbox and which notifications go out. The API checks the
 * addresses; its field errors are shown at each field and summed up on top.
 */
export function NotificationSettingsForm({ settings }: { settings: NotificationSettings }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const save = useSaveNotificationSettings();
  const [values, setValues] = useState(settings);
  const [addresses, setAddresses] = useState({
    emailFrom: settings.emailFrom ?? '',
    functionMailbox: settings.functionMailbox ?? '',
  });
  const [issues, setIssues] = useState<Partial<Record<AddressField, string>>>({});
  const [attempt, setAttempt] = useState(0);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setIssues({});
    // An empty field means the service's own sender, or no mailbox: the caseworkers are told themselves.
    const body = {
      ...values,
      emailFrom: addresses.emailFrom.trim() || null,
      functionMailbox: addresses.functionMailbox.trim() || null,
    };
    save.mutate(body, {
      onError: (error) => {
        if (!isProblem(error, 'validation')) return;
        const fromServer = (error.problem.errors ?? []).filter((item) =>
          (addressFields as readonly string[]).includes(item.path),
        );
        setIssues(Object.fromEntries(fromServer.map((item) => [item.path, item.code])));
        setAttempt((value) => value + 1);
      },
    });
  }

  const text = (code: string) => validationText(isValidationCode(code) ? code : 'email_invalid', language);
  const fieldErrors = addressFields.flatMap((field) => {
    const code = issues[field];
    return code ? [{ field, label: t(`notificationSettings.${field}.label`), message: text(code) }] : [];
  });
  const summary = fieldErrors.length > 0 ? fieldErrors : save.error ? [{ message: problemMessage(save.error, t) }] : [];

  return (
    <form noValidate onSubmit={handleSubmit}>
      {summary.length > 0 ? <ErrorSummary key={attempt} errors={summary} /> : null}
      <h2>{t('notificationSettings.addresses')}</h2>
      {addressFields.map((field) => (
        <TextField
          key={field}
          name={field}
          label={t(`notificationSettings.${field}.label`)}
          hint={t(`notificationSettings.${field}.hint`)}
          error={issues[field] ? text(issues[field]) : undefined}
          value={addresses[field]}
          autoComplete="off"
          onChange={(event) => setAddresses((current) => ({ ...current, [field]: event.target.value }))}
        />
      ))}

      <h2>{t('notificationSettings.applicant.heading')}</h2>
      <p>{t('notificationSettings.applicant.intro')}</p>
      {applicantEvents.map((event) => (
        <fieldset key={event} className="field">
          <legend className="field-label">{t(`notificationSettings.applicant.event.${event}`)}</legend>
          <div className="choices">
            {(['email', 'sms'] as const).map((channel) => {
              const id = `applicant-${event}-${channel}`;
              return (
                <div key={channel} className="choice">
                  <input
                    type="checkbox"
                    id={id}
                    checked={values.applicant[event][channel]}
                    onChange={(change) =>
                      setValues((current) => ({
                        ...current,
                        applicant: {
                          ...current.applicant,
                          [event]: { ...current.applicant[event], [channel]: change.target.checked },
                        },
                      }))
                    }
                  />
                  <label htmlFor={id}>{t(`notificationSettings.channel.${channel}`)}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}

      <h2>{t('notificationSettings.staff.heading')}</h2>
      <fieldset className="field">
        <legend className="field-label">{t('notificationSettings.staff.legend')}</legend>
        <div className="choices">
          {staffEvents.map((event) => {
            const id = `staff-${event}`;
            return (
              <div key={event} className="choice">
                <input
                  type="checkbox"
                  id={id}
                  checked={values.staff[event]}
                  onChange={(change) =>
                    setValues((current) => ({
                      ...current,
                      staff: { ...current.staff, [event]: change.target.checked },
                    }))
                  }
                />
                <label htmlFor={id}>{t(`notificationSettings.staff.event.${event}`)}</label>
              </div>
            );
          })}
        </div>
      </fieldset>

      <button type="submit" className="button">
        {save.isPending ? t('notificationSettings.saving') : t('notificationSettings.save')}
      </button>
      <div role="status">{save.isSuccess ? <p>{t('notificationSettings.saved')}</p> : null}</div>
    </form>
  );
}
