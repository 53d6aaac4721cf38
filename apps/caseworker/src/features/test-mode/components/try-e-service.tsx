import { useTranslation } from 'react-i18next';
import { problemMessage } from '@ebistans/ui';
import { useStartTestMode } from '../api/start-test-mode';

/**
 * "Prova e-tjänsten": what test mode is, and the button that starts it. The browser then leaves this app
 * for the applicant's, logged in as the caseworker's own test applicant.
 */
export function TryEService() {
  const { t } = useTranslation();
  const start = useStartTestMode();
  return (
    <>
      <p>{t('testMode.intro')}</p>
      <ul>
        <li>{t('testMode.testCases')}</li>
        <li>{t('testMode.loggedOut')}</li>
      </ul>
      <button
        type="button"
        className="button"
        disabled={start.isPending}
        onClick={() =>
          start.mutate(undefined, {
            // A whole page load: the applicant's app is another app, under the same origin.
            onSuccess: (started) => window.location.assign(started.redirectTo),
          })
        }
      >
        {t('testMode.start')}
      </button>
      {start.error ? (
        <p role="alert" className="field-error">
          {problemMessage(start.error, t)}
        </p>
      ) : null}
    </>
  );
}
