import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useDocumentTitle } from '../hooks/use-document-title.js';
import { useVerifyLogin } from '../hooks/use-verify-login.js';
import { useAppAuth } from '../lib/app-auth.js';
import { challengeFromState } from '../lib/login-challenge.js';
import { loginPath } from '../lib/login-paths.js';
import { OneTimeCodeForm } from './one-time-code-form.js';

/** The second login step's page; the first step's page sends the challenge along in navigation state. */
export function LoginCodePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const verify = useVerifyLogin(useAppAuth().verifyLogin);
  const title = t('ui.oneTimeCode.title');
  useDocumentTitle(title);
  const challenge = challengeFromState(location.state);
  if (!challenge) return <Navigate to={loginPath} replace />;
  return (
    <>
      <h1>{title}</h1>
      <OneTimeCodeForm
        hint={t('ui.oneTimeCode.hint', { destination: challenge.maskedDestination })}
        isPending={verify.isPending}
        error={verify.error}
        onSubmit={(code) =>
          verify.mutate(
            { challengeId: challenge.challengeId, code },
            { onSuccess: () => void navigate('/', { replace: true }) },
          )
        }
      />
      <p>
        <Link to={loginPath}>{t('ui.oneTimeCode.restart')}</Link>
      </p>
    </>
  );
}
