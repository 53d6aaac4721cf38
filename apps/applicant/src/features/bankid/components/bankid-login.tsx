import { useTranslation } from 'react-i18next';
import { loginOrders, startLogin, type LoginStatus } from '../api/login-orders';
import { BankIdOrderFlow } from './bankid-order-flow';

type LoggedIn = NonNullable<LoginStatus['me']>;

interface BankIdLoginProps {
  /** The municipality's slug. */
  municipality: string;
  /** The session cookie is set; `me` is who logged in. */
  onLoggedIn: (me: LoggedIn) => void;
  onActiveChange?: (active: boolean) => void;
}

/** Logging in with BankID, on this device or with Mobilt BankID on another one. */
export function BankIdLogin({ municipality, onLoggedIn, onActiveChange }: BankIdLoginProps) {
  const { t } = useTranslation();
  return (
    <BankIdOrderFlow
      start={(flow) => startLogin(municipality, flow)}
      orders={loginOrders}
      title={t('bankid.login.title')}
      labels={{ same_device: t('bankid.login.sameDevice'), other_device: t('bankid.login.otherDevice') }}
      onComplete={(_order, status) => {
        if (status.me) onLoggedIn(status.me);
      }}
      onActiveChange={onActiveChange}
    />
  );
}
