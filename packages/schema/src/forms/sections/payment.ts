import { z } from 'zod';
import type { StepDefinition } from '../../common/form-definition.js';
import type { FormVariant } from './people.js';
import { option, t } from './builders.js';

const digits = (min: number, max: number, message: string) =>
  z
    .string({ message })
    .regex(/^[\d\s-]+$/, { message })
    .refine(
      (value) => {
        const count = value.replace(/\D/g, '').length;
        return count >= min && count <= max;
      },
      { message },
    );

export function paymentStep(variant: FormVariant): StepDefinition {
  return {
    id: 'payment',
    title: t('Utbetalning', 'Payment'),
    fields: [
      {
        name: 'paymentMethod',
        kind: 'radio',
        label: t('Hur vill du få pengarna?', 'How do you want to receive the money?'),
        options: [
          ...(variant === 'monthly'
            ? [option('same_as_last', 'Till samma konto som förra gången', 'To the same account as last time')]
            : []),
          option('bank_account', 'Till ett bankkonto', 'To a bank account'),
          option('other', 'På annat sätt', 'Another way'),
        ],
      },
      {
        name: 'clearingNumber',
        kind: 'text',
        label: t('Clearingnummer', 'Clearing number'),
        hint: t(
          '4 eller 5 siffror. Swedbank har ibland 5 siffror som börjar på 8.',
          '4 or 5 digits. Swedbank sometimes has 5 digits starting with 8.',
        ),
        visibleWhen: { field: 'paymentMethod', equals: 'bank_account' },
        schema: digits(4, 5, 'clearing_invalid'),
      },
      {
        name: 'accountNumber',
        kind: 'text',
        label: t('Kontonummer', 'Account number'),
        hint: t('Utan clearingnumret.', 'Without the clearing number.'),
        visibleWhen: { field: 'paymentMethod', equals: 'bank_account' },
        schema: digits(6, 10, 'account_invalid'),
      },
      {
        name: 'paymentOther',
        kind: 'textarea',
        label: t(
          'Hur vill du få pengarna, och varför inte till ett bankkonto?',
          'How do you want the money, and why not to a bank account?',
        ),
        visibleWhen: { field: 'paymentMethod', equals: 'other' },
      },
    ],
  };
}
