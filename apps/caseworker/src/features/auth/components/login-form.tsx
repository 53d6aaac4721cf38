import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { validationText } from '@ebistans/schema';
import { ErrorSummary, TextField, problemMessage, useLanguage, type LoginChallenge } from '@ebistans/ui';
import { useStartLogin } from '../api/start-login';

interface LoginValues {
  username: string;
  password: string;
}

/** The first login step for staff: username and password. The SMS code is asked for next. */
export function LoginForm({ onChallenge }: { onChallenge: (challenge: LoginChallenge) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const startLogin = useStartLogin();
  const {
    register,
    handleSubmit,
    formState: { errors, submitCount },
  } = useForm<LoginValues>({ defaultValues: { username: '', password: '' }, shouldFocusError: false });

  const fields = [
    { name: 'username', label: t('login.username') },
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
    if (startLogin.isPending) return;
    startLogin.mutate({ username: values.username.trim(), password: values.password }, { onSuccess: onChallenge });
  });

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      {summary.length > 0 ? (
        <ErrorSummary key={submitCount} errors={summary} />
      ) : startLogin.error ? (
        <ErrorSummary errors={[{ message: problemMessage(startLogin.error, t) }]} />
      ) : null}
      <TextField
        label={t('login.username')}
        error={errorText('username')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        {...register('username', { validate: (value) => value.trim() !== '' || 'required' })}
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
