import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from './text-field.js';

/** The login password; works with react-hook-form's `register`. */
export function PasswordField(props: Omit<TextFieldProps, 'label' | 'type' | 'autoComplete'>) {
  const { t } = useTranslation();
  return <TextField {...props} label={t('ui.login.password')} type="password" autoComplete="current-password" />;
}
