import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Loading, loginCodePath, problemMessage, useDocumentTitle } from '@ebistans/ui';
import { useMunicipalities } from '../../features/auth/api/list-municipalities';
import { LoginForm } from '../../features/auth/components/login-form';

export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const municipalities = useMunicipalities();
  const title = t('login.title');
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p className="lead">{t('login.intro')}</p>
      {municipalities.data ? (
        <LoginForm
          municipalities={municipalities.data.items}
          onChallenge={(challenge) => void navigate(loginCodePath, { state: challenge })}
        />
      ) : municipalities.error ? (
        <p role="alert">{problemMessage(municipalities.error, t)}</p>
      ) : (
        <Loading />
      )}
    </>
  );
}
