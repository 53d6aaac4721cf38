import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { validationText } from '@ebistans/schema';
import {
  ErrorSummary,
  TextArea,
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
  useSaveNotificationTemplates,
  type NotificationTemplates,
} from '../api/notification-settings';

const languages = ['sv', 'en'] as const;
type Side = 'applicant' | 'staff';
type Texts = { subject: string; text: string; sms?: string };
/** The texts being edited, per side, event key and language. */
type Values = Record<Side, Record<string, Record<(typeof languages)[number], Texts>>>;

const fieldsOf = (side: Side) =>
  side === 'applicant' ? (['subject', 'text', 'sms'] as const) : (['subject', 'text'] as const);

const sections = [
  { side: 'applicant' as const, events: applicantEvents as readonly string[] },
  { side: 'staff' as const, events: staffEvents as readonly string[] },
];

/** Every text field of the form, in the order shown; `path` is the field's name and its path in the API's errors. */
const textFields = sections.flatMap(({ side, events }) =>
  events.flatMap((key) =>
    languages.flatMap((lang) =>
      fieldsOf(side).map((field) => ({ side, key, lang, field, path: `${side}.${key}.${lang}.${field}` })),
    ),
  ),
);
const textFieldPaths = textFields.map(({ path }) => path);

function initialValues(templates: NotificationTemplates): Values {
  const of = (side: Side) =>
    Object.fromEntries(
      Object.entries(templates[side]).map(([event, byLanguage]) => [
        event,
        {
          sv: { ...(byLanguage.sv.custom ?? byLanguage.sv.standard) },
          en: { ...(byLanguage.en.custom ?? byLanguage.en.standard) },
        },
      ]),
    );
  return { applicant: of('applicant'), staff: of('staff') };
}

const sameTexts = (a: Texts, b: Texts) => a.subject === b.subject && a.text === b.text && a.sms === b.sms;

/**
 * The municipality's own wording of each notification, per event and language, prefilled with the built-in
 * text. Only what differs from the built-in text is saved as the municipality's own, so a text reset to the
 * standard follows the service's wording again. The API checks the texts; its errors show at each field.
 */
export function NotificationTemplatesForm({ templates }: { templates: NotificationTemplates }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const save = useSaveNotificationTemplates();
  const [values, setValues] = useState(() => initialValues(templates));
  const [issues, setIssues] = useState<Partial<Record<string, ProblemFieldError>>>({});
  const [attempt, setAttempt] = useState(0);

  const standardOf = (side: Side, event: string, lang: (typeof languages)[number]): Texts =>
    (templates[side] as Record<string, Record<typeof lang, { standard: Texts }>>)[event]![lang].standard;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setIssues({});
    const body = { applicant: {}, staff: {} } as Record<Side, Record<string, Partial<Record<string, Texts>>>>;
    for (const side of ['applicant', 'staff'] as const) {
      for (const [key, byLanguage] of Object.entries(values[side])) {
        for (const lang of languages) {
          if (sameTexts(byLanguage[lang], standardOf(side, key, lang))) continue;
          body[side][key] = { ...body[side][key], [lang]: byLanguage[lang] };
        }
      }
    }
    save.mutate(body, {
      onError: (error) => {
        if (!isProblem(error, 'validation')) return;
        setIssues(problemFieldErrors(error, textFieldPaths));
        setAttempt((value) => value + 1);
      },
    });
  }

  const eventLabel = (side: Side, key: string) => t(`notificationSettings.${side}.event.${key}`);
  const fieldLabel = (field: string) => t(`notificationSettings.templates.field.${field}`);
  const fieldItems = textFields.flatMap(({ side, key, lang, field, path }) => {
    const issue = issues[path];
    if (!issue) return [];
    const label = `${eventLabel(side, key)}, ${t(`notificationSettings.templates.language.${lang}`)}: ${fieldLabel(field)}`;
    return [{ field: path, label, message: validationText(issue.code, language) }];
  });
  const summary = fieldItems.length > 0 ? fieldItems : save.error ? [{ message: problemMessage(save.error, t) }] : [];

  const change = (side: Side, key: string, lang: (typeof languages)[number], texts: Partial<Texts>) =>
    setValues((current) => ({
      ...current,
      [side]: {
        ...current[side],
        [key]: { ...current[side][key], [lang]: { ...current[side][key]![lang], ...texts } },
      },
    }));

  return (
    <form noValidate onSubmit={handleSubmit} aria-labelledby="notification-templates-heading">
      <h2 id="notification-templates-heading">{t('notificationSettings.templates.heading')}</h2>
      <p>{t('notificationSettings.templates.intro')}</p>
      {summary.length > 0 ? <ErrorSummary key={attempt} errors={summary} headingLevel={3} /> : null}
      {sections.map(({ side, events }) => (
        <section key={side} aria-labelledby={`templates-${side}`}>
          <h3 id={`templates-${side}`}>{t(`notificationSettings.templates.${side}`)}</h3>
          {events.map((key) => {
            const hasError = fieldItems.some((item) => item.field.startsWith(`${side}.${key}.`));
            return (
              // Open when a field in it has an error, so the error summary's link lands in the field.
              <details key={key} open={hasError || undefined}>
                <summary>{eventLabel(side, key)}</summary>
                {languages.map((lang) => {
                  const texts = values[side][key]![lang];
                  const name = `${side}.${key}.${lang}`;
                  return (
                    <fieldset key={lang} className="field">
                      <legend className="field-label">{t(`notificationSettings.templates.language.${lang}`)}</legend>
                      {fieldsOf(side).map((field) => {
                        const Control = field === 'text' ? TextArea : TextField;
                        const issue = issues[`${name}.${field}`];
                        return (
                          <Control
                            key={field}
                            name={`${name}.${field}`}
                            label={fieldLabel(field)}
                            hint={field === 'sms' ? t('notificationSettings.templates.smsHint') : undefined}
                            error={issue ? validationText(issue.code, language) : undefined}
                            value={texts[field] ?? ''}
                            onChange={(event) => change(side, key, lang, { [field]: event.target.value })}
                          />
                        );
                      })}
                      <button
                        type="button"
                        className="button button--secondary"
                        disabled={sameTexts(texts, standardOf(side, key, lang))}
                        onClick={() => change(side, key, lang, standardOf(side, key, lang))}
                      >
                        {t('notificationSettings.templates.reset')}
                        <span className="visually-hidden">
                          {` (${eventLabel(side, key)}, ${t(`notificationSettings.templates.language.${lang}`)})`}
                        </span>
                      </button>
                    </fieldset>
                  );
                })}
              </details>
            );
          })}
        </section>
      ))}
      <button type="submit" className="button">
        {save.isPending ? t('notificationSettings.saving') : t('notificationSettings.templates.save')}
      </button>
      <div role="status">{save.isSuccess ? <p>{t('notificationSettings.templates.saved')}</p> : null}</div>
    </form>
  );
}
