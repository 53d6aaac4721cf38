import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { identityNumberIssue, parseIdentityNumber } from '@ebistans/schema';
import {
  PasswordField,
  PasswordLoginForm,
  SelectField,
  TextField,
  useErrorTexts,
  type LoginChallenge,
} from '@ebistans/ui';
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

/** The first login step for applicants: municipality, personnummer and password. */
export function LoginForm({ municipalities, onChallenge }: LoginFormProps) {
  const { t } = useTranslation();
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
  const { errorText, summary } = useErrorTexts(errors, [
    { name: 'municipality', label: t('login.municipality') },
    { name: 'personnummer', label: t('login.personnummer') },
    { name: 'password', label: t('ui.login.password') },
  ]);

  const onSubmit = handleSubmit((values) => {
    const parsed = parseIdentityNumber(values.personnummer);
    if (!parsed || startLogin.isPending) return;
    startLogin.mutate({ ...values, personnummer: parsed.normalized }, { onSuccess: onChallenge });
  });

  return (
    <PasswordLoginForm summary={summary} submitCount={submitCount} login={startLogin} onSubmit={onSubmit}>
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
          validate: (value) => identityNumberIssue(value) ?? true,
        })}
      />
      <PasswordField error={errorText('password')} {...register('password', { required: 'required' })} />
    </PasswordLoginForm>
  );
}
