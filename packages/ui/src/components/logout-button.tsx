import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../hooks/use-logout.js';
import { useAppAuth } from '../lib/app-auth.js';
import { loginPath } from '../lib/login-paths.js';

export function LogoutButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { logout, onLoggedOut } = useAppAuth();
  const mutation = useLogout(logout);
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={() =>
        mutation.mutate(undefined, {
          onSuccess: () => {
            onLoggedOut?.();
            void navigate(loginPath, { replace: true });
          },
        })
      }
    >
      {t('ui.layout.logout')}
    </button>
  );
}
