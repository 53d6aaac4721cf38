import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { parseIdentityNumber, validationText } from '@ebistans/schema';
import { ErrorSummary, SelectField, TextField, problemMessage, useLanguage, type LoginChallenge } from '@ebistans/ui';
import type { Municipality } from '../api/list-municipalities';
import { useStartLogin } from '../api/start-login';

interface LoginValues {
  municipality: string;
  personnummer: string;
  password: string;
}

interface LoginFormProps {
  municipalities: Municipality[];
  onChallenge: (challenge: LoginChallenge) => void;
}

/** The first login step: municipality, personnummer and password. The SMS code is asked for next. */
export function LoginForm({ municipalities, onChallenge }: LoginFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const startLogin = useStartLogin();
  const onlyMunicipality = municipalities.length === 1 ? municipalities[0] : undefined;
  const {
    register,
    handleSubmit,
    formState: { errors, submitCount },
  } = useForm<LoginValues>({
    defaultValues: { municipality: onlyMunicipality?.slug ?? '', personnummer: '', password: '' },
    shouldFocusError: false,
  });

  const fields = [
    { name: 'municipality', label: t('login.municipality') },
    { name: 'personnummer', label: t('login.personnummer') },
    { name: 'password', label: t('login.password') },
  ] as const;
  const errorText = (name: keyof LoginValues) => {
    const code = errors[name]?.message;
    return code ? validationText(code, language) : undefined;
  };
  const summary = fields.flatMap(({ name, label }) => {
    const message = errorText(name);
    return message ? [{ field: name, label, message }] : [];
  });

  const onSubmit = handleSubmit((values) => {
    const parsed = parseIdentityNumber(values.personnummer);
    if (!parsed || startLogin.isPending) return;
    startLogin.mutate({ ...values, personnummer: parsed.normalized }, { onSuccess: onChallenge });
  });

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      {summary.length > 0 ? (
        <ErrorSummary key={submitCount} errors={summary} />
      ) : startLogin.error ? (
        <ErrorSummary errors={[{ message: problemMessage(startLogin.error, t) }]} />
      ) : null}
      <SelectField
        label={t('login.municipality')}
        placeholder={t('login.chooseMunicipality')}
        options={municipalities.map((municipality) => ({ value: municipality.slug, label: municipality.name }))}
        error={errorText('municipality')}
        {...register('municipality', { required: 'choose_one' })}
      />
      <TextField
        label={t('login.personnummer')}
        hint={t('login.personnummerHint')}
        error={errorText('personnummer')}
        autoComplete="username"
        inputMode="numeric"
        className="input--short"
        {...register('personnummer', {
          validate: (value) => parseIdentityNumber(value) !== null || 'personnummer_invalid',
        })}
      />
      <TextField
        label={t('login.password')}
        type="password"
        error={errorText('password')}
        autoComplete="current-password"
        {...register('password', { required: 'required' })}
      />
      <button type="submit" className="button">
        {startLogin.isPending ? t('login.pending') : t('login.submit')}
      </button>
    </form>
  );
}
