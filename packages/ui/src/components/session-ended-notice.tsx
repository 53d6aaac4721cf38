import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { isSessionEndedState } from '../lib/session-ended.js';

/** On the login page after the session ended for being idle: why the user is here, and `detail` from the app. */
export function SessionEndedNotice({ detail }: { detail?: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  if (!isSessionEndedState(location.state)) return null;
  return (
    <div className="notice" role="alert">
      <p>{t('ui.sessionTimeout.ended')}</p>
      {detail ? <p>{detail}</p> : null}
    </div>
  );
}
