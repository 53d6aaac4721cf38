import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Checkbox, SelectField, caseStatusText, problemMessage } from '@ebistans/ui';
import { useBulkStatusChange } from '../api/bulk-status';

const settableStatuses = ['in_progress', 'closed', 'withdrawn'] as const;
type SettableStatus = (typeof settableStatuses)[number];

interface BulkActionsProps {
  caseIds: string[];
  /** Case numbers by id, for telling which cases did not change. */
  caseNumbers: ReadonlyMap<string, string>;
  onClear: () => void;
}

/**
 * What can be done with the ticked cases: a mailing to their applicants ("Skapa utskick"), or one status
 * change for all, with or without telling the applicants. Each case changes on its own; those that could
 * not are listed with the reason.
 */
export function BulkActions({ caseIds, caseNumbers, onClear }: BulkActionsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const change = useBulkStatusChange();
  const [status, setStatus] = useState<SettableStatus | ''>('');
  const [silent, setSilent] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!status) return;
    // The cases stay ticked, so the result below is read out and seen; "Avmarkera alla" ends the selection.
    change.mutate({ caseIds, status, notifyApplicant: !silent });
  };
  const results = change.data?.results;
  const unchanged = results?.filter((item) => !item.changed) ?? [];
  return (
    <section aria-labelledby="bulk-actions-heading" className="notice notice--action">
      <h2 id="bulk-actions-heading">{t('inbox.bulk.heading', { count: caseIds.length })}</h2>
      <div className="button-group">
        <button type="button" className="button" onClick={() => void navigate('/utskick/nytt', { state: { caseIds } })}>
          {t('inbox.bulk.createMailing')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClear}>
          {t('inbox.bulk.clear')}
        </button>
      </div>
      <form onSubmit={submit} noValidate>
        <fieldset className="field">
          <legend className="field-label">{t('inbox.bulk.changeStatus')}</legend>
          <SelectField
            name="bulk-status"
            label={t('inbox.bulk.newStatus')}
            placeholder={t('inbox.bulk.chooseStatus')}
            options={settableStatuses.map((value) => ({ value, label: caseStatusText(value, t) }))}
            value={status}
            onChange={(event) => setStatus(event.target.value as SettableStatus | '')}
          />
          <Checkbox name="bulk-silent" label={t('inbox.bulk.doNotNotify')} checked={silent} onChange={setSilent} />
          <button type="submit" className="button" disabled={!status || change.isPending}>
            {t('inbox.bulk.changeStatus')}
          </button>
        </fieldset>
      </form>
      <div role="status">
        {results ? (
          <p>
            {t('inbox.bulk.changed', { count: results.length - unchanged.length })}
            {unchanged.length > 0 ? ` ${t('inbox.bulk.notChanged', { count: unchanged.length })}` : ''}
          </p>
        ) : null}
      </div>
      {unchanged.length > 0 ? (
        <ul>
          {unchanged.map((item) => (
            <li key={item.caseId}>
              {caseNumbers.get(item.caseId) ?? item.caseId}:{' '}
              {t(`inbox.bulk.problem.${item.problem ?? 'other'}`, { defaultValue: t('inbox.bulk.problem.other') })}
            </li>
          ))}
        </ul>
      ) : null}
      {change.error ? <p role="alert">{problemMessage(change.error, t)}</p> : null}
    </section>
  );
}
