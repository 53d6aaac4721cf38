import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatMonth } from '@ebistans/schema';
import { caseStatusText, formatDateTime, formatDueDay, useLanguage } from '@ebistans/ui';
import { ColourLabel } from '../../../components/colour-label';
import type { InboxColumn, InboxListSettings } from '../api/list-settings';
import type { StaffCaseSummary } from '../api/list-staff-cases';
import { inboxHref, sortKeys, type InboxQuery, type SortKey } from '../lib/inbox-query';

/** Cases ticked for a mailing or a status change, kept by the inbox page. */
export interface CaseSelection {
  selected: ReadonlySet<string>;
  onChange: (caseIds: string[], checked: boolean) => void;
}

interface CaseTableProps {
  query: InboxQuery;
  cases: StaffCaseSummary[];
  settings: InboxListSettings;
  selection?: CaseSelection | undefined;
}

function isSortable(column: InboxColumn): column is SortKey {
  return sortKeys.some((key) => key === column);
}

/** The list of cases in the person's chosen columns; sortable headers are buttons, the sort order is told by aria-sort. */
export function CaseTable({ query, cases, settings, selection }: CaseTableProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  if (cases.length === 0) return <p>{t('inbox.empty')}</p>;
  const pageIds = cases.map((item) => item.id);
  const allSelected = selection ? pageIds.every((id) => selection.selected.has(id)) : false;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption>{t('inbox.caption', { tab: t(`inbox.tab.${query.tab}`) })}</caption>
        <thead>
          <tr>
            {selection ? (
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label={t('inbox.select.allOnPage')}
                  checked={allSelected}
                  onChange={(event) => selection.onChange(pageIds, event.target.checked)}
                />
              </th>
            ) : null}
            {settings.columns.map((column) => {
              const label = t(`inbox.column.${column}`);
              if (!isSortable(column)) {
                return (
                  <th key={column} scope="col">
                    {label}
                  </th>
                );
              }
              const sorted = query.sort === column;
              const nextOrder = sorted && query.order === 'asc' ? 'desc' : 'asc';
              return (
                <th
                  key={column}
                  scope="col"
                  aria-sort={sorted ? (query.order === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  <button
                    type="button"
                    className="link-button"
                    title={t(`inbox.sortBy.${nextOrder}`, { column: label })}
                    onClick={() => void navigate(inboxHref(params, { sort: column, order: nextOrder }))}
                  >
                    {label}
                    <span aria-hidden="true">{sorted ? (query.order === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {cases.map((item) => (
            <tr key={item.id}>
              {selection ? (
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('inbox.select.case', { caseNumber: item.caseNumber })}
                    checked={selection.selected.has(item.id)}
                    onChange={(event) => selection.onChange([item.id], event.target.checked)}
                  />
                </td>
              ) : null}
              {settings.columns.map((column) => (
                <CaseCell key={column} column={column} item={item} settings={settings} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CaseCell({
  column,
  item,
  settings,
}: {
  column: InboxColumn;
  item: StaffCaseSummary;
  settings: InboxListSettings;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  switch (column) {
    case 'caseNumber':
      return (
        <th scope="row">
          <Link to={`/arenden/${item.id}`} {...(settings.openInNewTab ? { target: '_blank', rel: 'noopener' } : {})}>
            {item.caseNumber}
            {settings.openInNewTab ? <span className="visually-hidden"> {t('inbox.opensInNewTab')}</span> : null}
          </Link>{' '}
          {item.isTest ? <span className="tag tag--test">{t('inbox.testCase')}</span> : null}{' '}
          {item.handedOverAt ? <span className="tag tag--handed-over">{t('inbox.handedOver')}</span> : null}{' '}
          {item.flagged ? <span className="tag">{t('inbox.flagged')}</span> : null}{' '}
          {item.colour ? <ColourLabel colour={item.colour} /> : null}
        </th>
      );
    case 'applicant':
      return <td>{item.applicantName}</td>;
    case 'period':
      return <td>{formatMonth(item.period, language)}</td>;
    case 'form':
      return <td>{t(`inbox.form.${item.formId}`, { defaultValue: item.formId })}</td>;
    case 'status':
      return <td>{caseStatusText(item.status, t)}</td>;
    case 'submittedAt':
      return (
        <td>
          <time dateTime={item.submittedAt}>{formatDateTime(item.submittedAt, language)}</time>
        </td>
      );
    case 'dueAt':
      return (
        <td>
          {item.dueAt ? <time dateTime={item.dueAt}>{formatDueDay(item.dueAt, language)}</time> : '–'}
          {item.overdue ? (
            <>
              {' '}
              <span className="tag" style={{ background: '#b3261e' }}>
                {t('inbox.overdue')}
              </span>
            </>
          ) : null}
        </td>
      );
    case 'assignee':
      return (
        <td>
          {item.assignees.length > 0
            ? item.assignees.map((person) => person[settings.showAssigneeAs]).join(', ')
            : t('inbox.nobody')}
        </td>
      );
    case 'externalCaseNumber':
      return <td>{item.externalCaseNumber ?? '–'}</td>;
  }
}
