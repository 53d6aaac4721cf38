import { useTranslation } from 'react-i18next';
import type { SsoProvider } from '../api/list-sso-providers';

interface SsoLoginProps {
  providers: SsoProvider[];
  /** The page to open after login, already checked to be inside the app. */
  returnTo: string | undefined;
}

/**
 * "Logga in med …" for each municipality whose staff log in with their own identity provider. A plain
 * link, not a fetch: the browser goes to the provider and comes back logged in.
 */
export function SsoLogin({ providers, returnTo }: SsoLoginProps) {
  const { t } = useTranslation();
  return (
    <ul className="sso-login">
      {providers.map((provider) => {
        const query = returnTo ? `?${new URLSearchParams({ returnTo }).toString()}` : '';
        return (
          <li key={provider.municipality.slug}>
            <a className="button" href={`${provider.startPath}${query}`}>
              {provider.buttonLabel
                ? t('staffLogin.sso.button', { label: provider.buttonLabel })
                : t('staffLogin.sso.buttonMunicipality', { name: provider.municipality.name })}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
