import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import {
  Loading,
  SessionEndedNotice,
  loginCodePath,
  loginPath,
  meQueryOptions,
  problemMessage,
  useDocumentTitle,
} from '@ebistans/ui';
import { getMe, useMe } from '../../features/auth/api/get-me';
import { useMunicipalities, type Municipality } from '../../features/auth/api/list-municipalities';
import { LoginForm, passwordSecondFactors } from '../../features/auth/components/login-form';
import { MunicipalityChoice } from '../../features/auth/components/municipality-choice';
import { rememberMunicipality, rememberedMunicipality } from '../../features/auth/lib/chosen-municipality';
import { loginCodeListPath } from '../../features/auth/lib/code-list-challenge';
import { BankIdLogin } from '../../features/bankid';
import { PrintLink } from '../../features/print/components/print-link';
import { helpPath } from './help';

/** The ways of logging in that the municipality has switched on: BankID first, then password. */
function LoginMethods({ municipality }: { municipality: Municipality }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // While a BankID order runs, the page shows only that, so that nothing else competes for attention.
  const [bankIdActive, setBankIdActive] = useState(false);
  const factors = passwordSecondFactors(municipality);
  const bankId = municipality.loginMethods.includes('bankid');
  const chosen = () => rememberMunicipality(municipality.slug);

  if (!bankId && factors.length === 0) {
    return <p role="alert">{t('login.noMethods', { name: municipality.name })}</p>;
  }
  return (
    <>
      {bankId ? (
        <>
          {bankIdActive ? null : <h2>{t('login.bankIdTitle')}</h2>}
          <BankIdLogin
            municipality={municipality.slug}
            onActiveChange={setBankIdActive}
            onLoggedIn={(me) => {
              chosen();
              queryClient.setQueryData(meQueryOptions(getMe).queryKey, me);
              void navigate('/', { replace: true });
            }}
          />
        </>
      ) : null}
      {factors.length > 0 && !bankIdActive ? (
        <>
          <h2>{t(factors.length > 1 ? 'login.passwordTitle' : `login.passwordTitle_${factors[0]}`)}</h2>
          {bankId ? <p>{t('login.passwordIntro')}</p> : null}
          <LoginForm
            municipality={municipality}
            onSmsChallenge={(challenge) => {
              chosen();
              void navigate(loginCodePath, { state: challenge });
            }}
            onCodeListChallenge={(challenge) => {
              chosen();
              void navigate(loginCodeListPath, { state: challenge });
            }}
          />
        </>
      ) : null}
    </>
  );
}

/**
 * The login page: the municipality (from `?kommun=<slug>`, the one used last on this browser, or chosen
 * here), then its login methods.
 */
export function LoginRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const municipalities = useMunicipalities();
  const [searchParams, setSearchParams] = useSearchParams();
  const [changing, setChanging] = useState(false);
  const title = t('login.title');
  useDocumentTitle(title);
  if (me.data?.kind === 'applicant') return <Navigate to="/" replace />;

  const items = municipalities.data?.items ?? [];
  const requested = searchParams.get('kommun') ?? undefined;
  const wanted = requested ?? rememberedMunicipality();
  const chosen = changing ? undefined : items.length === 1 ? items[0] : items.find((item) => item.slug === wanted);
  const unknown = requested !== undefined && !items.some((item) => item.slug === requested);

  return (
    <>
      <h1>{title}</h1>
      <SessionEndedNotice detail={t('login.answersKept')} />
      <p className="lead">{t('login.intro')}</p>
      {municipalities.error ? (
        <p role="alert">{problemMessage(municipalities.error, t)}</p>
      ) : !municipalities.data ? (
        <Loading />
      ) : chosen ? (
        <>
          <p>
            {t('login.chosenMunicipality', { name: chosen.name })}{' '}
            {items.length > 1 ? (
              <button type="button" className="link-button" onClick={() => setChanging(true)}>
                {t('login.changeMunicipality')}
              </button>
            ) : null}
          </p>
          <LoginMethods key={chosen.slug} municipality={chosen} />
        </>
      ) : (
        <>
          {unknown && !changing ? <p role="alert">{t('login.unknownMunicipality')}</p> : null}
          <MunicipalityChoice
            municipalities={items}
            onChoose={(slug) => {
              setChanging(false);
              setSearchParams({ kommun: slug });
            }}
          />
        </>
      )}
      <h2>{t('login.otherWaysTitle')}</h2>
      <p>
        <Link to={helpPath}>{t('login.helpLink')}</Link>
      </p>
      <PrintLink />
    </>
  );
}

/** A municipality's own address, `/kommun/<slug>`, for its web site to link to: its login page. */
export function MunicipalityLoginRoute() {
  const { slug = '' } = useParams();
  return <Navigate to={`${loginPath}?${new URLSearchParams({ kommun: slug }).toString()}`} replace />;
}
