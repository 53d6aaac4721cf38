import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { OneTimeCodeForm, isProblem, loginPath, problemMessage, useDocumentTitle, useVerifyLogin } from '@ebistans/ui';
import { verifyLogin } from '../../features/auth/api/verify-login';
import { codeListChallengeFromState } from '../../features/auth/lib/code-list-challenge';

/** The second login step with a printed code list: the API names which of the numbered codes to enter. */
export function LoginCodeListRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const verify = useVerifyLogin(verifyLogin);
  const title = t('login.codeList.title');
  useDocumentTitle(title);
  const challenge = codeListChallengeFromState(location.state);
  if (!challenge) return <Navigate to={loginPath} replace />;
  const number = challenge.codeNumber;
  return (
    <>
      <h1>{title}</h1>
      <OneTimeCodeForm
        label={t('login.codeList.label', { number })}
        hint={t('login.codeList.hint', { number })}
        isPending={verify.isPending}
        error={verify.error}
        // The shared text for a wrong code speaks of the SMS; here the code comes from the list.
        describeError={(error) =>
          isProblem(error, 'invalid-code') ? t('login.codeList.invalidCode', { number }) : problemMessage(error, t)
        }
        onSubmit={(code) =>
          verify.mutate(
            { challengeId: challenge.challengeId, code },
            { onSuccess: () => void navigate('/', { replace: true }) },
          )
        }
      />
      <p>
        <Link to={loginPath}>{t('login.codeList.restart')}</Link>
      </p>
    </>
  );
}
