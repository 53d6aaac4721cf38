import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@ebistans/ui';
import { GeneralMessages } from '../../features/messages/components/general-messages';

/** Messages from the municipality that are not about one application; a case's messages are on its page. */
export function MessagesRoute() {
  const { t } = useTranslation();
  const title = t('generalMessages.title');
  useDocumentTitle(title);
  return (
    <>
      <p>
        <Link to="/">{t('cases.back')}</Link>
      </p>
      <h1>{title}</h1>
      <p className="lead">{t('generalMessages.intro')}</p>
      <GeneralMessages />
    </>
  );
}
