import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PasswordField, PasswordLoginForm, TextField, useErrorTexts } from '@ebistans/ui';
import { useStartLogin, type StaffLoginChallenge } from '../api/start-login';

interface LoginValues {
  username: string;
  password: string;
}

/** The first login step for staff: username and password; the API then asks for an SMS code or a code-list code. */
export function LoginForm({ onChallenge }: { onChallenge: (challenge: StaffLoginChallenge) => void }) {
  const { t } = useTranslation();
  const startLogin = useStartLogin();
  const {
    register,
    handleSubmit,
    formState: { errors, submitCount },
  } = useForm<LoginValues>({ defaultValues: { username: '', password: '' }, shouldFocusError: false });
  const { errorText, summary } = useErrorTexts(errors, [
    { name: 'username', label: t('login.username') },
    { name: 'password', label: t('ui.login.password') },
  ]);

  const onSubmit = handleSubmit((values) => {
    if (startLogin.isPending) return;
    startLogin.mutate({ username: values.username.trim(), password: values.password }, { onSuccess: onChallenge });
  });

  return (
    <PasswordLoginForm summary={summary} submitCount={submitCount} login={startLogin} onSubmit={onSubmit}>
      <TextField
        label={t('login.username')}
        error={errorText('username')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        {...register('username', { validate: (value) => value.trim() !== '' || 'required' })}
      />
      <PasswordField error={errorText('password')} {...register('password', { required: 'required' })} />
    </PasswordLoginForm>
  );
}
