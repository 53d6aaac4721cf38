import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useDocumentTitle } from '@ebistans/ui';
import { MailingList } from '../../features/mailings/components/mailing-list';
import { MailingProgress } from '../../features/mailings/components/mailing-progress';
import { NewMailingWizard } from '../../features/mailings/components/new-mailing-wizard';

export function MailingsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('mailings.title'));
  return (
    <>
      <h1>{t('mailings.title')}</h1>
      <p>
        <Link to="/utskick/nytt" className="button">
          {t('mailings.new.title')}
        </Link>
      </p>
      <MailingList />
    </>
  );
}

/** The inbox passes the ticked cases in the navigation state. */
export function NewMailingRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const state = useLocation().state as { caseIds?: string[] } | null;
  useDocumentTitle(t('mailings.new.title'));
  return (
    <>
      <h1>{t('mailings.new.title')}</h1>
      <NewMailingWizard caseIds={state?.caseIds ?? []} onSent={(id) => void navigate(`/utskick/${id}`)} />
    </>
  );
}

export function MailingRoute() {
  const { t } = useTranslation();
  const { mailingId } = useParams();
  useDocumentTitle(t('mailings.detail.title'));
  return (
    <>
      <p>
        <Link to="/utskick">{t('mailings.detail.back')}</Link>
      </p>
      <h1>{t('mailings.detail.title')}</h1>
      <MailingProgress mailingId={mailingId!} />
    </>
  );
}
