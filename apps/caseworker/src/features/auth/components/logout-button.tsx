import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../api/logout';

export function LogoutButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => logout.mutate(undefined, { onSuccess: () => void navigate('/logga-in', { replace: true }) })}
    >
      {t('ui.layout.logout')}
    </button>
  );
}
