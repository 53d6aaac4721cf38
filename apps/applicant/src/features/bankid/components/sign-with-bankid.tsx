import { useTranslation } from 'react-i18next';
import { signingOrders, startSigning } from '../api/signing-orders';
import { BankIdOrderFlow } from './bankid-order-flow';

export interface SignWithBankIdProps {
  formId: string;
  formVersion: number;
  /** The answers exactly as they will be submitted: the signature covers their digest. */
  data: Record<string, unknown>;
  /** Signed; submit the application with this signature id. */
  onSigned: (signatureId: string) => void;
  /** The applicant chose not to sign now. */
  onCancel: () => void;
}

/** Signing the application with BankID before it is sent, on this device or with Mobilt BankID on another one. */
export function SignWithBankId({ formId, formVersion, data, onSigned, onCancel }: SignWithBankIdProps) {
  const { t } = useTranslation();
  return (
    <BankIdOrderFlow
      start={(flow) => startSigning({ formId, formVersion, data }, flow)}
      orders={signingOrders}
      title={t('bankid.sign.title')}
      labels={{ same_device: t('bankid.sign.sameDevice'), other_device: t('bankid.sign.otherDevice') }}
      onComplete={(order) => onSigned(order.id)}
      onCancel={onCancel}
    >
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t('bankid.sign.notNow')}
      </button>
    </BankIdOrderFlow>
  );
}
