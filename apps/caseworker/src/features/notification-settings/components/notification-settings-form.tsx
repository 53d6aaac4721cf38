import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidationCode, validationText } from '@ebistans/schema';
import {
  CheckboxGroup,
  ErrorSummary,
  TextField,
  isProblem,
  problemFieldErrors,
  problemMessage,
  useLanguage,
  type ProblemFieldError,
} from '@ebistans/ui';
import {
  applicantEvents,
  staffEvents,
  useSaveNotificationSettings,
  type NotificationSettings,
} from '../api/notification-settings';

const addressFields = ['emailFrom', 'functionMailbox'] as const;
const channels = ['email', 'sms'] as const;
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
  const [issues, setIssues] = useState<Partial<Record<AddressField, ProblemFieldError>>>({});
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
        setIssues(problemFieldErrors(error, addressFields));
        setAttempt((value) => value + 1);
      },
    });
  }

  const text = ({ code }: ProblemFieldError) =>
    validationText(isValidationCode(code) ? code : 'email_invalid', language);
  const fieldItems = addressFields.flatMap((field) => {
    const issue = issues[field];
    return issue ? [{ field, label: t(`notificationSettings.${field}.label`), message: text(issue) }] : [];
  });
  const summary = fieldItems.length > 0 ? fieldItems : save.error ? [{ message: problemMessage(save.error, t) }] : [];

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
        <CheckboxGroup
          key={event}
          name={`applicant-${event}`}
          legend={t(`notificationSettings.applicant.event.${event}`)}
          choices={channels.map((channel) => ({ value: channel, label: t(`notificationSettings.channel.${channel}`) }))}
          value={channels.filter((channel) => values.applicant[event][channel])}
          onChange={(chosen) =>
            setValues((current) => ({
              ...current,
              applicant: {
                ...current.applicant,
                [event]: { ...current.applicant[event], email: chosen.includes('email'), sms: chosen.includes('sms') },
              },
            }))
          }
        />
      ))}

      <h2>{t('notificationSettings.staff.heading')}</h2>
      <CheckboxGroup
        name="staff"
        legend={t('notificationSettings.staff.legend')}
        choices={staffEvents.map((event) => ({ value: event, label: t(`notificationSettings.staff.event.${event}`) }))}
        value={staffEvents.filter((event) => values.staff[event])}
        onChange={(chosen) =>
          setValues((current) => ({
            ...current,
            staff: {
              ...current.staff,
              ...Object.fromEntries(staffEvents.map((event) => [event, chosen.includes(event)])),
            },
          }))
        }
      />

      <button type="submit" className="button">
        {save.isPending ? t('notificationSettings.saving') : t('notificationSettings.save')}
      </button>
      <div role="status">{save.isSuccess ? <p>{t('notificationSettings.saved')}</p> : null}</div>
    </form>
  );
}
