import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { loginCodePath, useDocumentTitle } from '@ebistans/ui';
import { LoginForm } from '../../features/auth/components/login-form';

export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const title = t('login.title');
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <LoginForm onChallenge={(challenge) => void navigate(loginCodePath, { state: challenge })} />
    </>
  );
}
