import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading, isProblem, problemMessage, useDocumentTitle } from '@ebistans/ui';
import { useAuditLog, type AuditLogFilters as Filters } from '../../features/audit-log/api/audit-log';
import { AuditLogFilters } from '../../features/audit-log/components/audit-log-filters';
import { AuditLogTable } from '../../features/audit-log/components/audit-log-table';

/** The municipality's audit log; the filters live in the address (person, arende, arendenummer, fran, till, sida). */
export function AuditLogRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters: Filters = {
    staffId: params.get('person') ?? '',
    caseId: params.get('arende') ?? '',
    from: params.get('fran') ?? '',
    to: params.get('till') ?? '',
    page: Math.max(1, Number(params.get('sida')) || 1),
  };
  const log = useAuditLog(filters);
  const title = t('audit.title');
  useDocumentTitle(title);
  const go = (next: Filters, caseNumber = params.get('arendenummer') ?? '') => {
    const entries = {
      person: next.staffId,
      arende: next.caseId,
      arendenummer: next.caseId ? caseNumber : '',
      fran: next.from,
      till: next.to,
      sida: next.page > 1 ? String(next.page) : '',
    };
    setParams(Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== '')));
  };
  if (isProblem(log.error, 'forbidden')) {
    return (
      <>
        <h1>{title}</h1>
        <p>{t('audit.forbidden')}</p>
      </>
    );
  }
  return (
    <>
      <h1>{title}</h1>
      <p>{t('audit.intro')}</p>
      <AuditLogFilters
        key={params.toString()}
        current={filters}
        caseNumber={params.get('arendenummer') ?? ''}
        onChange={go}
      />
      {log.error ? (
        <p role="alert">{problemMessage(log.error, t)}</p>
      ) : log.data && !log.isPlaceholderData ? (
        <>
          <AuditLogTable entries={log.data.items} />
          <nav aria-label={t('audit.pagination')}>
            <p>{t('audit.page', { page: log.data.page })}</p>
            <div className="button-group">
              {filters.page > 1 ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => go({ ...filters, page: filters.page - 1 })}
                >
                  {t('inbox.pagination.previous')}
                </button>
              ) : null}
              {log.data.hasMore ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => go({ ...filters, page: filters.page + 1 })}
                >
                  {t('inbox.pagination.next')}
                </button>
              ) : null}
            </div>
          </nav>
        </>
      ) : (
        <Loading />
      )}
    </>
  );
}
