import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { loginCodePath, returnToParam, returnToSearch, safeReturnTo, useDocumentTitle } from '@ebistans/ui';
import { useSsoProviders } from '../../features/auth/api/list-sso-providers';
import { LoginForm } from '../../features/auth/components/login-form';
import { SsoLogin } from '../../features/auth/components/sso-login';
import { loginCodeListPath } from '../../features/auth/lib/code-list-challenge';

const ssoFailures = ['expired', 'failed', 'unknown-user', 'unavailable'] as const;
type SsoFailure = (typeof ssoFailures)[number];
const isSsoFailure = (value: string | null): value is SsoFailure => ssoFailures.some((failure) => failure === value);

/**
 * Staff log in with their municipality's identity provider where it has one, or with username and
 * password and a second factor. `?till=/arenden/<id>` (set when a case link needed a login) is carried
 * through every way in, so the case opens afterwards; `?kommun=<slug>` (a municipality's own link to the
 * page) shows only that municipality's single sign-on; `?sso=<reason>` says why a single sign-on failed.
 */
export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const providers = useSsoProviders();
  const title = t('login.title');
  useDocumentTitle(title);
  const returnTo = safeReturnTo(params.get(returnToParam));
  const search = returnToSearch(returnTo);
  const failure = params.get('sso');
  const municipality = params.get('kommun');
  const sso = (providers.data?.items ?? []).filter(
    (provider) => municipality === null || provider.municipality.slug === municipality,
  );
  return (
    <>
      <h1>{title}</h1>
      {isSsoFailure(failure) ? (
        <p role="alert" className="notice notice--action">
          {t(`staffLogin.sso.failure.${failure}`)}
        </p>
      ) : null}
      {sso.length > 0 ? (
        <>
          <h2>{t('staffLogin.sso.title')}</h2>
          <SsoLogin providers={sso} returnTo={returnTo} />
          <h2>{t('staffLogin.passwordTitle')}</h2>
        </>
      ) : null}
      <LoginForm
        onChallenge={(challenge) =>
          void navigate(
            { pathname: challenge.channel === 'code_list' ? loginCodeListPath : loginCodePath, search },
            { state: challenge },
          )
        }
      />
    </>
  );
}
