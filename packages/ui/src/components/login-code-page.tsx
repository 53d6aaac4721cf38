import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../hooks/use-document-title.js';
import { useVerifyLogin } from '../hooks/use-verify-login.js';
import { useAppAuth } from '../lib/app-auth.js';
import { challengeFromState } from '../lib/login-challenge.js';
import { loginPath, returnToParam, returnToSearch, safeReturnTo } from '../lib/login-paths.js';
import { OneTimeCodeForm } from './one-time-code-form.js';

/** The second login step's page; the first step's page sends the challenge along in navigation state. */
export function LoginCodePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const returnTo = safeReturnTo(useSearchParams()[0].get(returnToParam));
  const restart = { pathname: loginPath, search: returnToSearch(returnTo) };
  const verify = useVerifyLogin(useAppAuth().verifyLogin);
  const title = t('ui.oneTimeCode.title');
  useDocumentTitle(title);
  const challenge = challengeFromState(location.state);
  if (!challenge) return <Navigate to={restart} replace />;
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
            { onSuccess: () => void navigate(returnTo ?? '/', { replace: true }) },
          )
        }
      />
      <p>
        <Link to={restart}>{t('ui.oneTimeCode.restart')}</Link>
      </p>
    </>
  );
}
