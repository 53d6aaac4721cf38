import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { identityNumberIssue, parseIdentityNumber } from '@ebistans/schema';
import {
  ChoiceGroup,
  PasswordField,
  PasswordLoginForm,
  TextField,
  useErrorTexts,
  type LoginChallenge,
} from '@ebistans/ui';
import type { Municipality } from '../api/list-municipalities';
import { useStartCodeListLogin, type CodeListChallenge } from '../api/start-code-list-login';
import { useStartLogin } from '../api/start-login';

type SecondFactor = 'sms' | 'code_list';

interface LoginValues {
  personnummer: string;
  password: string;
  secondFactor: SecondFactor;
}

interface LoginFormProps {
  municipality: Municipality;
  onSmsChallenge: (challenge: LoginChallenge) => void;
  onCodeListChallenge: (challenge: CodeListChallenge) => void;
}

/** The municipality's password methods: SMS code, printed code list, or both with a choice between them. */
export function passwordSecondFactors(municipality: Municipality): SecondFactor[] {
  return [
    ...(municipality.loginMethods.includes('password_sms') ? (['sms'] as const) : []),
    ...(municipality.loginMethods.includes('password_code_list') ? (['code_list'] as const) : []),
  ];
}

/** The first login step with a password; the one-time code (by SMS or from the code list) is asked for next. */
export function LoginForm({ municipality, onSmsChallenge, onCodeListChallenge }: LoginFormProps) {
  const { t } = useTranslation();
  const startLogin = useStartLogin();
  const startCodeListLogin = useStartCodeListLogin();
  const factors = passwordSecondFactors(municipality);
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, submitCount },
  } = useForm<LoginValues>({
    defaultValues: { personnummer: '', password: '', secondFactor: factors[0] ?? 'sms' },
    shouldFocusError: false,
  });
  const { errorText, summary } = useErrorTexts(errors, [
    { name: 'personnummer', label: t('login.personnummer') },
    { name: 'password', label: t('ui.login.password') },
  ]);
  const login = useWatch({ control, name: 'secondFactor' }) === 'code_list' ? startCodeListLogin : startLogin;

  const onSubmit = handleSubmit(({ personnummer, password, secondFactor }) => {
    const parsed = parseIdentityNumber(personnummer);
    if (!parsed || startLogin.isPending || startCodeListLogin.isPending) return;
    const input = { municipality: municipality.slug, personnummer: parsed.normalized, password };
    if (secondFactor === 'code_list') startCodeListLogin.mutate(input, { onSuccess: onCodeListChallenge });
    else startLogin.mutate(input, { onSuccess: onSmsChallenge });
  });

  return (
    <PasswordLoginForm summary={summary} submitCount={submitCount} login={login} onSubmit={onSubmit}>
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
      {factors.length > 1 ? (
        <Controller
          control={control}
          name="secondFactor"
          render={({ field }) => (
            <ChoiceGroup
              name={field.name}
              legend={t('login.secondFactor.legend')}
              choices={factors.map((factor) => ({
                value: factor,
                label: t(`login.secondFactor.${factor}`),
                hint: t(`login.secondFactor.${factor}Hint`),
              }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
            />
          )}
        />
      ) : null}
    </PasswordLoginForm>
  );
}
