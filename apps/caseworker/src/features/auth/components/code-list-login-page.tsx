import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import {
  OneTimeCodeForm,
  isProblem,
  loginPath,
  problemMessage,
  returnToParam,
  returnToSearch,
  safeReturnTo,
  useDocumentTitle,
  useVerifyLogin,
} from '@ebistans/ui';
import { verifyLogin } from '../api/verify-login';
import { codeListChallengeFromState } from '../lib/code-list-challenge';

/** The second login step for staff with a printed code list: the API names which numbered code to enter. */
export function CodeListLoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const returnTo = safeReturnTo(useSearchParams()[0].get(returnToParam));
  const restart = { pathname: loginPath, search: returnToSearch(returnTo) };
  const verify = useVerifyLogin(verifyLogin);
  const title = t('staffLogin.codeList.title');
  useDocumentTitle(title);
  const challenge = codeListChallengeFromState(location.state);
  if (!challenge) return <Navigate to={restart} replace />;
  const number = challenge.codeNumber;
  return (
    <>
      <h1>{title}</h1>
      <OneTimeCodeForm
        label={t('staffLogin.codeList.label', { number })}
        hint={t('staffLogin.codeList.hint', { number })}
        isPending={verify.isPending}
        error={verify.error}
        // The shared text for a wrong code speaks of the SMS; here the code comes from the list.
        describeError={(error) =>
          isProblem(error, 'invalid-code') ? t('staffLogin.codeList.invalidCode', { number }) : problemMessage(error, t)
        }
        onSubmit={(code) =>
          verify.mutate(
            { challengeId: challenge.challengeId, code },
            { onSuccess: () => void navigate(returnTo ?? '/', { replace: true }) },
          )
        }
      />
      <p>
        <Link to={restart}>{t('staffLogin.codeList.restart')}</Link>
      </p>
    </>
  );
}
