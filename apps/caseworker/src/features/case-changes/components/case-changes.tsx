import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '@ebistans/schema';
import { Loading, problemMessage, useLanguage } from '@ebistans/ui';
import { useCaseChanges, type CaseChangeItem, type CaseChanges as Changes } from '../api/case-changes';

type Status = CaseChangeItem['status'];
const STATUSES: Status[] = ['new', 'changed', 'removed', 'unchanged'];

/** A row that changed is "changed" itself, so hiding the unchanged items keeps it as the heading of its changes. */
function shownItems(items: CaseChangeItem[], showUnchanged: boolean): CaseChangeItem[] {
  return showUnchanged ? items : items.filter((item) => item.status !== 'unchanged');
}

/** Each item with the list row it is in, if any. */
function withRows(items: CaseChangeItem[]) {
  let row = '';
  return items.map((item) => {
    if (item.kind === 'row') row = item.label;
    return { item, row };
  });
}

function ChangesTable({ title, items }: { title: string; items: CaseChangeItem[] }) {
  const { t } = useTranslation();
  const none = t('caseChanges.noAnswer');
  return (
    <div className="table-scroll">
      <table className="table changes">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('caseChanges.question')}</th>
            <th scope="col">{t('caseChanges.before')}</th>
            <th scope="col">{t('caseChanges.after')}</th>
            <th scope="col">{t('caseChanges.change')}</th>
          </tr>
        </thead>
        <tbody>
          {withRows(items).map(({ item, row }, index) => {
            const status = <strong className="changes__status">{t(`caseChanges.status.${item.status}`)}</strong>;
            if (item.kind === 'row') {
              return (
                <tr key={index} className={`changes__item changes__item--row changes--${item.status}`}>
                  <th scope="rowgroup" colSpan={3}>
                    {item.label}
                  </th>
                  <td>{status}</td>
                </tr>
              );
            }
            // The row heading above already says which child or income this is; other groups are named here.
            const context = item.context.filter((part) => part !== row);
            return (
              <tr key={index} className={`changes__item changes--${item.status}`}>
                <th scope="row">
                  {context.length > 0 ? <span className="changes__context">{context.join(' – ')}: </span> : null}
                  {item.label}
                </th>
                <td>{item.before ?? none}</td>
                <td>{item.after ?? none}</td>
                <td>{status}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Summary({ changes }: { changes: Changes }) {
  const { t } = useTranslation();
  const fields = changes.sections.flatMap((section) => section.items).filter((item) => item.kind === 'field');
  return (
    <ul className="changes__summary">
      {STATUSES.map((status) => (
        <li key={status}>
          {t(`caseChanges.count.${status}`, { count: fields.filter((item) => item.status === status).length })}
        </li>
      ))}
    </ul>
  );
}

/**
 * "Förändringar sedan förra månaden": this application beside the applicant's previous one, question by
 * question. New, changed and removed answers are marked in words as well as by colour; unchanged ones
 * are shown on request.
 */
export function CaseChanges({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const changes = useCaseChanges(caseId);
  const [showUnchanged, setShowUnchanged] = useState(false);
  if (changes.error) return <p role="alert">{problemMessage(changes.error, t)}</p>;
  if (!changes.data) return <Loading />;
  const { previous, sections } = changes.data;
  if (!previous) return <p>{t('caseChanges.noPrevious')}</p>;
  const shown = sections
    .map((section) => ({ ...section, items: shownItems(section.items, showUnchanged) }))
    .filter((section) => section.items.length > 0);
  return (
    <>
      <p>
        {t('caseChanges.comparedWith', {
          caseNumber: previous.caseNumber,
          period: formatMonth(previous.period, language),
        })}
      </p>
      <Summary changes={changes.data} />
      <div className="choice">
        <input
          id="show-unchanged"
          type="checkbox"
          checked={showUnchanged}
          onChange={(event) => setShowUnchanged(event.target.checked)}
        />
        <label htmlFor="show-unchanged">{t('caseChanges.showUnchanged')}</label>
      </div>
      {shown.length === 0 ? <p>{t('caseChanges.nothingChanged')}</p> : null}
      {shown.map((section) => (
        <section key={section.stepId} aria-labelledby={`changes-${section.stepId}`}>
          <h3 id={`changes-${section.stepId}`}>{section.title}</h3>
          <ChangesTable title={t('caseChanges.tableCaption', { title: section.title })} items={section.items} />
        </section>
      ))}
    </>
  );
}
