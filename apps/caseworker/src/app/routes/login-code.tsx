import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { OneTimeCodeForm, challengeFromState, useDocumentTitle } from '@ebistans/ui';
import { useVerifyLogin } from '../../features/auth/api/verify-login';

export function LoginCodeRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const verify = useVerifyLogin();
  const title = t('login.code.title');
  useDocumentTitle(title);
  const challenge = challengeFromState(location.state);
  if (!challenge) return <Navigate to="/logga-in" replace />;
  return (
    <>
      <h1>{title}</h1>
      <OneTimeCodeForm
        maskedDestination={challenge.maskedDestination}
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
        <Link to="/logga-in">{t('login.code.restart')}</Link>
      </p>
    </>
  );
}
