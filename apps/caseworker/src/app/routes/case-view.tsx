import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useParams } from 'react-router';
import { Loading, problemMessage, useDocumentTitle } from '@ebistans/ui';
import { useStaffCase } from '../../features/case-view/api/get-staff-case';
import { AssignmentActions } from '../../features/case-view/components/assignment-actions';
import { CaseHeader } from '../../features/case-view/components/case-header';
import { CaseMarkingActions } from '../../features/case-view/components/case-marking-actions';
import { CaseRemovalActions } from '../../features/case-removal/components/case-removal-actions';

/** Each tab is a child route, a link with aria-current, so every part of the case has its own address. */
const tabs = [
  { to: '', key: 'application' },
  { to: 'historik', key: 'history' },
  { to: 'meddelanden', key: 'messages' },
  { to: 'anteckningar', key: 'notes' },
  { to: 'komplettering', key: 'supplements' },
  { to: 'handlingar', key: 'documents' },
  { to: 'beslut', key: 'decision' },
  { to: 'forandringar', key: 'changes' },
] as const;

/** The case's header, what can be done with it, and its tabs. */
export function CaseViewRoute() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const item = useStaffCase(caseId);
  const title = item.data ? t('caseView.title', { caseNumber: item.data.caseNumber }) : t('caseView.titleLoading');
  useDocumentTitle(title);
  return (
    <>
      <p>
        <Link to="/">{t('caseView.back')}</Link>
      </p>
      <h1>{title}</h1>
      {item.data ? (
        <>
          <CaseHeader item={item.data} />
          <details>
            <summary>{t('caseView.actions.show')}</summary>
            <h2>{t('caseView.actions.heading')}</h2>
            {/* A handed-over case is only read here (the API refuses changes); undoing or deleting stays. */}
            {item.data.handedOverAt ? null : (
              <>
                <AssignmentActions item={item.data} />
                <CaseMarkingActions item={item.data} />
              </>
            )}
            <p>
              <a href={`/api/staff/cases/${item.data.id}/pdf`} download>
                {t('caseView.actions.downloadPdf')}
              </a>
            </p>
            <CaseRemovalActions item={item.data} />
          </details>
          <p>
            <Link to={`/logg?arende=${item.data.id}&arendenummer=${encodeURIComponent(item.data.caseNumber)}`}>
              {t('caseView.auditLink')}
            </Link>
          </p>
          <nav aria-label={t('caseView.tabsLabel')}>
            <ul className="tabs">
              {tabs.map((tab) => (
                <li key={tab.key}>
                  <NavLink to={tab.to} end>
                    {t(`caseView.tab.${tab.key}`)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <Outlet context={item.data} />
        </>
      ) : item.error ? (
        <p role="alert">{problemMessage(item.error, t)}</p>
      ) : (
        <Loading />
      )}
    </>
  );
}
