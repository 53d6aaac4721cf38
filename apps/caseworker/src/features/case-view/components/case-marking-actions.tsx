import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseStatusText } from '@ebistans/ui';
import {
  useChangeStatus,
  useSetColour,
  useSetExternalCaseNumber,
  useSetFlag,
  type StaffStatusChange,
} from '../api/case-actions';
import type { StaffCase } from '../api/get-staff-case';
import { ActionResult } from '../../../components/action-result';
import { caseColours, type CaseColour } from '../../../components/colour-label';

/** Status, flag, colour label and the case system's number: each a small form of its own. */
export function CaseMarkingActions({ item }: { item: StaffCase }) {
  return (
    <>
      <StatusForm item={item} />
      <FlagAndColour item={item} />
      <ExternalNumberForm item={item} />
    </>
  );
}

function StatusForm({ item }: { item: StaffCase }) {
  const { t } = useTranslation();
  const change = useChangeStatus(item.id);
  const options = item.statusChanges;
  const [status, setStatus] = useState<StaffStatusChange | ''>('');
  const [comment, setComment] = useState('');
  if (options.length === 0) return <p>{t('caseView.actions.noStatusChange')}</p>;
  return (
    <form
      aria-labelledby="status-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (!status) return;
        change.mutate(
          { status, ...(comment.trim() ? { comment: comment.trim() } : {}) },
          { onSuccess: () => (setStatus(''), setComment('')) },
        );
      }}
    >
      <h3 id="status-heading">{t('caseView.actions.statusHeading')}</h3>
      <div className="field">
        <label className="field-label" htmlFor="new-status">
          {t('caseView.actions.newStatus')}
        </label>
        <select
          id="new-status"
          className="input"
          value={status}
          onChange={(event) => setStatus(event.target.value as StaffStatusChange | '')}
        >
          <option value="">{t('caseView.actions.chooseStatus')}</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {caseStatusText(option, t)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field-label" htmlFor="status-comment">
          {t('caseView.actions.statusComment')}
        </label>
        <textarea
          id="status-comment"
          className="input"
          rows={2}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={!status || change.isPending}>
        {t('caseView.actions.changeStatus')}
      </button>
      <ActionResult
        error={change.error}
        done={
          change.isSuccess && change.variables
            ? t('caseView.actions.statusChanged', { status: caseStatusText(change.variables.status, t) })
            : undefined
        }
      />
    </form>
  );
}

function FlagAndColour({ item }: { item: StaffCase }) {
  const { t } = useTranslation();
  const flag = useSetFlag(item.id);
  const colour = useSetColour(item.id);
  return (
    <section aria-labelledby="marking-heading">
      <h3 id="marking-heading">{t('caseView.actions.markingHeading')}</h3>
      <button type="button" className="button button--secondary" onClick={() => flag.mutate(!item.flagged)}>
        {item.flagged ? t('caseView.actions.unflag') : t('caseView.actions.flag')}
      </button>
      <div className="field">
        <label className="field-label" htmlFor="case-colour">
          {t('caseView.actions.colour')}
        </label>
        <select
          id="case-colour"
          className="input"
          value={item.colour ?? ''}
          onChange={(event) => colour.mutate(event.target.value === '' ? null : (event.target.value as CaseColour))}
        >
          <option value="">{t('caseView.actions.noColour')}</option>
          {caseColours.map((value) => (
            <option key={value} value={value}>
              {t(`colour.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <ActionResult
        error={flag.error ?? colour.error}
        done={flag.isSuccess || colour.isSuccess ? t('caseView.actions.saved') : undefined}
      />
    </section>
  );
}

function ExternalNumberForm({ item }: { item: StaffCase }) {
  const { t } = useTranslation();
  const save = useSetExternalCaseNumber(item.id);
  const [value, setValue] = useState(item.externalCaseNumber ?? '');
  return (
    <form
      aria-labelledby="external-heading"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(value.trim() === '' ? null : value.trim());
      }}
    >
      <h3 id="external-heading">{t('caseView.externalCaseNumber')}</h3>
      <div className="field">
        <label className="field-label" htmlFor="external-case-number">
          {t('caseView.actions.externalLabel')}
        </label>
        <p className="field-hint" id="external-case-number-hint">
          {t('caseView.actions.externalHint')}
        </p>
        <input
          id="external-case-number"
          className="input"
          aria-describedby="external-case-number-hint"
          maxLength={100}
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
      </div>
      <button type="submit" className="button button--secondary">
        {t('caseView.actions.saveExternal')}
      </button>
      <ActionResult error={save.error} done={save.isSuccess ? t('caseView.actions.saved') : undefined} />
    </form>
  );
}
