import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, ChoiceGroup, TextArea, TextField, caseStatusText, problemMessage } from '@ebistans/ui';
import { useCreateMailing, usePreviewMailing, type MailingChannel, type MailingSelection } from '../api/mailings';

const statuses = [
  'submitted',
  'in_progress',
  'awaiting_supplement',
  'supplemented',
  'decided',
  'closed',
  'withdrawn',
] as const;
type Status = (typeof statuses)[number];

/** An SMS longer than this is refused by the API: three text message parts. */
export const MAX_SMS_LENGTH = 480;

type Step = 'selection' | 'message' | 'confirm';

interface Filter {
  formVersion: string;
  submittedFrom: string;
  submittedTo: string;
  statuses: Status[];
}

interface NewMailingWizardProps {
  /** Cases ticked in the inbox, offered as the selection. */
  caseIds: string[];
  onSent: (mailingId: string) => void;
}

/**
 * "Nytt utskick" in three steps: whom (the ticked cases or a filter, with the number of recipients), what
 * (channel and text), and a last look before sending. Each step's heading takes focus when it appears.
 */
export function NewMailingWizard({ caseIds, onSent }: NewMailingWizardProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>('selection');
  const [kind, setKind] = useState<'cases' | 'filter'>(caseIds.length > 0 ? 'cases' : 'filter');
  const [filter, setFilter] = useState<Filter>({ formVersion: '', submittedFrom: '', submittedTo: '', statuses: [] });
  const [channel, setChannel] = useState<MailingChannel>('case_message');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<{ subject?: string; body?: string }>({});
  const count = usePreviewMailing();
  const reach = usePreviewMailing();
  const create = useCreateMailing();
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [step]);

  const selection: MailingSelection =
    kind === 'cases'
      ? { kind: 'cases', caseIds }
      : {
          kind: 'filter',
          ...(filter.formVersion ? { formVersion: Number(filter.formVersion) } : {}),
          ...(filter.submittedFrom ? { submittedFrom: filter.submittedFrom } : {}),
          ...(filter.submittedTo ? { submittedTo: filter.submittedTo } : {}),
          ...(filter.statuses.length > 0 ? { statuses: filter.statuses } : {}),
        };

  const changeSelection = (change: () => void) => {
    change();
    count.reset();
  };

  const toMessage = (event: FormEvent) => {
    event.preventDefault();
    setStep('message');
  };

  const toConfirm = (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (channel === 'email' && subject.trim() === '') found.subject = t('mailings.new.subjectMissing');
    if (body.trim() === '') found.body = t('mailings.new.bodyMissing');
    else if (channel === 'sms' && body.length > MAX_SMS_LENGTH) {
      found.body = t('mailings.new.smsTooLong', { max: MAX_SMS_LENGTH });
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    reach.mutate({ selection, channel });
    setStep('confirm');
  };

  const send = () =>
    create.mutate(
      { selection, channel, body, ...(channel === 'email' ? { subject } : {}) },
      { onSuccess: (created) => onSent(created.id) },
    );

  const stepHeading = (
    <h2 ref={heading} tabIndex={-1}>
      {t(`mailings.new.step.${step}`)}
    </h2>
  );

  if (step === 'selection') {
    return (
      <form onSubmit={toMessage} noValidate>
        {stepHeading}
        <ChoiceGroup
          name="kind"
          legend={t('mailings.new.selectionLegend')}
          value={kind}
          onChange={(value) => changeSelection(() => setKind(value as 'cases' | 'filter'))}
          choices={[
            ...(caseIds.length > 0
              ? [{ value: 'cases', label: t('mailings.new.selectedCases', { count: caseIds.length }) }]
              : []),
            { value: 'filter', label: t('mailings.new.byFilter') },
          ]}
        />
        {kind === 'filter' ? (
          <fieldset className="field">
            <legend className="field-label">{t('mailings.new.filterLegend')}</legend>
            <TextField
              name="formVersion"
              label={t('mailings.new.formVersion')}
              hint={t('mailings.new.optional')}
              type="number"
              min={1}
              value={filter.formVersion}
              onChange={(event) => changeSelection(() => setFilter({ ...filter, formVersion: event.target.value }))}
            />
            <TextField
              name="submittedFrom"
              label={t('mailings.new.submittedFrom')}
              type="date"
              value={filter.submittedFrom}
              onChange={(event) => changeSelection(() => setFilter({ ...filter, submittedFrom: event.target.value }))}
            />
            <TextField
              name="submittedTo"
              label={t('mailings.new.submittedTo')}
              type="date"
              value={filter.submittedTo}
              onChange={(event) => changeSelection(() => setFilter({ ...filter, submittedTo: event.target.value }))}
            />
            <CheckboxGroup
              name="statuses"
              legend={t('mailings.new.statuses')}
              choices={statuses.map((status) => ({ value: status, label: caseStatusText(status, t) }))}
              value={filter.statuses}
              onChange={(chosen) =>
                changeSelection(() =>
                  setFilter({ ...filter, statuses: statuses.filter((status) => chosen.includes(status)) }),
                )
              }
            />
          </fieldset>
        ) : null}
        <div className="button-group">
          <button
            type="button"
            className="button button--secondary"
            disabled={count.isPending}
            onClick={() => count.mutate({ selection, channel })}
          >
            {t('mailings.new.countRecipients')}
          </button>
          <button type="submit" className="button" disabled={!count.data || count.data.recipientCount === 0}>
            {t('mailings.new.next')}
          </button>
        </div>
        <div aria-live="polite">
          {count.data ? (
            <p>
              {t('mailings.new.recipientCount', {
                count: count.data.recipientCount,
                cases: count.data.caseCount,
              })}
            </p>
          ) : null}
        </div>
        {count.error ? <p role="alert">{problemMessage(count.error, t)}</p> : null}
      </form>
    );
  }

  if (step === 'message') {
    return (
      <form onSubmit={toConfirm} noValidate>
        {stepHeading}
        <ChoiceGroup
          name="channel"
          legend={t('mailings.new.channelLegend')}
          value={channel}
          onChange={(value) => setChannel(value as MailingChannel)}
          choices={(['case_message', 'email', 'sms'] as const).map((value) => ({
            value,
            label: t(`mailings.channel.${value}`),
            hint: t(`mailings.channelHint.${value}`),
          }))}
        />
        <p className="notice">{t('mailings.new.noPersonalData')}</p>
        {channel === 'email' ? (
          <TextField
            name="subject"
            label={t('mailings.new.subject')}
            value={subject}
            maxLength={200}
            error={errors.subject}
            onChange={(event) => setSubject(event.target.value)}
          />
        ) : null}
        <TextArea
          name="body"
          label={t('mailings.new.body')}
          hint={channel === 'sms' ? t('mailings.new.smsLength', { used: body.length, max: MAX_SMS_LENGTH }) : undefined}
          value={body}
          error={errors.body}
          onChange={(event) => setBody(event.target.value)}
        />
        <div className="button-group">
          <button type="button" className="button button--secondary" onClick={() => setStep('selection')}>
            {t('mailings.new.back')}
          </button>
          <button type="submit" className="button">
            {t('mailings.new.next')}
          </button>
        </div>
      </form>
    );
  }

  return (
    <div>
      {stepHeading}
      <dl className="summary-list">
        <dt>{t('mailings.new.channelLegend')}</dt>
        <dd>{t(`mailings.channel.${channel}`)}</dd>
        <dt>{t('mailings.new.recipients')}</dt>
        <dd aria-live="polite">
          {reach.data
            ? t('mailings.new.reach', {
                count: reach.data.recipientCount,
                unreachable: reach.data.unreachableCount,
              })
            : '…'}
        </dd>
        {channel === 'email' ? (
          <>
            <dt>{t('mailings.new.subject')}</dt>
            <dd>{subject}</dd>
          </>
        ) : null}
        <dt>{t('mailings.new.body')}</dt>
        <dd className="pre-wrap">{body}</dd>
      </dl>
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={() => setStep('message')}>
          {t('mailings.new.back')}
        </button>
        <button type="button" className="button" disabled={create.isPending || !reach.data} onClick={send}>
          {t('mailings.new.send')}
        </button>
      </div>
      {reach.error ? <p role="alert">{problemMessage(reach.error, t)}</p> : null}
      {create.error ? <p role="alert">{problemMessage(create.error, t)}</p> : null}
    </div>
  );
}
