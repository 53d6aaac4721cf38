import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useParams } from 'react-router';
import { Loading, problemMessage, useDocumentTitle } from '@ebistans/ui';
import { useStaffCase } from '../../features/case-view/api/get-staff-case';
import { CaseHeader } from '../../features/case-view/components/case-header';

/** The case's header and its tabs; each tab is a child route so later tabs get their own address. */
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
          <nav aria-label={t('caseView.tabsLabel')}>
            <ul className="tabs">
              <li>
                <NavLink to="" end>
                  {t('caseView.tab.application')}
                </NavLink>
              </li>
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
