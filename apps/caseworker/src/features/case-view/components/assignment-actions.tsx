import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/api/use-me';
import { useRemoveMyself, useSetAssignees, useTakeCase } from '../api/case-actions';
import { useColleagues } from '../api/get-colleagues';
import type { StaffCase } from '../api/get-staff-case';
import { ActionResult } from '../../../components/action-result';

/** "Ta ärende", remove myself, and assigning colleagues found by name. */
export function AssignmentActions({ item }: { item: StaffCase }) {
  const { t } = useTranslation();
  const myId = useMe().data?.id;
  const take = useTakeCase(item.id);
  const removeMe = useRemoveMyself(item.id);
  const setAssignees = useSetAssignees(item.id);
  const [search, setSearch] = useState('');
  const colleagues = useColleagues(search);
  const assigned = item.assignees.some((person) => person.id === myId);
  const assigneeIds = item.assignees.map((person) => person.id);
  const last = [take, removeMe, setAssignees].find((mutation) => mutation.isSuccess || mutation.isError);

  return (
    <section aria-labelledby="assignment-heading">
      <h3 id="assignment-heading">{t('caseView.actions.assignmentHeading')}</h3>
      <div className="button-group">
        {assigned ? (
          <button type="button" className="button button--secondary" onClick={() => removeMe.mutate()}>
            {t('caseView.actions.removeMe')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => take.mutate()}>
            {t('caseView.actions.take')}
          </button>
        )}
      </div>
      {item.assignees.length > 0 ? (
        <ul>
          {item.assignees.map((person) => (
            <li key={person.id}>
              {person.name} ({person.username}){' '}
              <button
                type="button"
                className="link-button"
                onClick={() => setAssignees.mutate(assigneeIds.filter((id) => id !== person.id))}
              >
                {t('caseView.actions.unassign', { name: person.name })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="field">
        <label className="field-label" htmlFor="colleague-search">
          {t('caseView.actions.colleagueSearch')}
        </label>
        <input
          id="colleague-search"
          className="input"
          type="search"
          autoComplete="off"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      {search.trim() && colleagues.data ? (
        colleagues.data.items.length > 0 ? (
          <ul aria-label={t('caseView.actions.colleagueResults')}>
            {colleagues.data.items.map((colleague) => (
              <li key={colleague.id}>
                {colleague.name} ({colleague.username}){' '}
                {assigneeIds.includes(colleague.id) ? (
                  t('caseView.actions.alreadyAssigned')
                ) : (
                  <>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setAssignees.mutate([...assigneeIds, colleague.id])}
                    >
                      {t('caseView.actions.addAssignee', { name: colleague.name })}
                    </button>{' '}
                    <button type="button" className="link-button" onClick={() => setAssignees.mutate([colleague.id])}>
                      {t('caseView.actions.reassign', { name: colleague.name })}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('caseView.actions.noColleagues')}</p>
        )
      ) : null}
      <ActionResult error={last?.error} done={last?.isSuccess ? t('caseView.actions.assigneesSaved') : undefined} />
    </section>
  );
}
