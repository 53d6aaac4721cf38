import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { SelectField, TextField, caseStatusText } from '@ebistans/ui';
import { inboxHref, type InboxFilters as Filters } from '../lib/inbox-query';

const statuses = ['submitted', 'in_progress', 'awaiting_supplement', 'supplemented', 'decided', 'closed', 'withdrawn'];

const empty: Filters = { search: '', status: '', period: '', submittedFrom: '', submittedTo: '' };
const filterKeys = Object.keys(empty) as (keyof Filters)[];

/** Search and filters; sent as a whole, so the list does not jump while someone is typing. */
export function InboxFilters({ current }: { current: Filters }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { register, handleSubmit, reset } = useForm<Filters>({ values: current });
  const onSubmit = handleSubmit((values) => void navigate(inboxHref(params, values)));
  const filtered = filterKeys.some((key) => current[key] !== '');
  return (
    <form role="search" aria-label={t('inbox.search.region')} onSubmit={(event) => void onSubmit(event)} noValidate>
      <TextField
        label={t('inbox.search.label')}
        hint={t('inbox.search.hint')}
        type="search"
        autoComplete="off"
        {...register('search')}
      />
      <details open={filterKeys.some((key) => key !== 'search' && current[key] !== '') || undefined}>
        <summary>{t('inbox.filters.show')}</summary>
        <SelectField
          label={t('inbox.filters.status')}
          placeholder={t('inbox.filters.anyStatus')}
          options={statuses.map((status) => ({ value: status, label: caseStatusText(status, t) }))}
          {...register('status')}
        />
        <TextField label={t('inbox.filters.period')} type="month" {...register('period')} />
        <TextField label={t('inbox.filters.submittedFrom')} type="date" {...register('submittedFrom')} />
        <TextField label={t('inbox.filters.submittedTo')} type="date" {...register('submittedTo')} />
      </details>
      <div className="button-group">
        <button type="submit" className="button">
          {t('inbox.search.submit')}
        </button>
        {filtered ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              reset(empty);
              void navigate(inboxHref(params, empty));
            }}
          >
            {t('inbox.filters.clear')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
