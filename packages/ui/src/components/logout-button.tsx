import { useTranslation } from 'react-i18next';
import { useLogout } from '../hooks/use-logout.js';

export function LogoutButton() {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <button type="button" className="button button--secondary" onClick={() => logout.mutate()}>
      {t('ui.layout.logout')}
    </button>
  );
}
