import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@ebistans/ui';
import { inboxColumns, useSaveListSettings, type InboxListSettings } from '../api/list-settings';

/** The person's own list: which columns, how many per page, how caseworkers are named, new tab or not. */
export function ListSettingsForm({ settings }: { settings: InboxListSettings }) {
  const { t } = useTranslation();
  const save = useSaveListSettings();
  const { register, handleSubmit, formState } = useForm<InboxListSettings>({ values: settings });
  const onSubmit = handleSubmit((values) => save.mutate({ ...values, pageSize: Number(values.pageSize) }));
  const columnsError = formState.errors.columns ? t('inbox.settings.columnsRequired') : undefined;
  return (
    <details>
      <summary>{t('inbox.settings.show')}</summary>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <fieldset className="field" aria-describedby={columnsError ? 'columns-error' : undefined}>
          <legend className="field-label">{t('inbox.settings.columns')}</legend>
          {columnsError ? (
            <p id="columns-error" className="field-error" role="alert">
              {columnsError}
            </p>
          ) : null}
          {inboxColumns.map((column) => (
            <div key={column} className="choice">
              <input
                type="checkbox"
                id={`column-${column}`}
                value={column}
                {...register('columns', { validate: (value) => value.length > 0 })}
              />
              <label htmlFor={`column-${column}`}>{t(`inbox.column.${column}`)}</label>
            </div>
          ))}
        </fieldset>
        <fieldset className="field">
          <legend className="field-label">{t('inbox.settings.showAssigneeAs')}</legend>
          {(['name', 'username'] as const).map((value) => (
            <div key={value} className="choice">
              <input type="radio" id={`assignee-as-${value}`} value={value} {...register('showAssigneeAs')} />
              <label htmlFor={`assignee-as-${value}`}>{t(`inbox.settings.assigneeAs.${value}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="choice">
          <input type="checkbox" id="open-in-new-tab" {...register('openInNewTab')} />
          <label htmlFor="open-in-new-tab">{t('inbox.settings.openInNewTab')}</label>
        </div>
        <p>
          <label htmlFor="page-size">{t('inbox.settings.pageSize')}</label>{' '}
          <select id="page-size" className="input" {...register('pageSize')}>
            {[10, 25, 50, 100].map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </p>
        <button type="submit" className="button">
          {t('inbox.settings.save')}
        </button>
        <div role="status">{save.isSuccess ? <p>{t('inbox.settings.saved')}</p> : null}</div>
        {save.error ? <p role="alert">{problemMessage(save.error, t)}</p> : null}
      </form>
    </details>
  );
}
