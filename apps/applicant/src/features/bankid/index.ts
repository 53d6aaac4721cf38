export { BankIdLogin } from './components/bankid-login';
export { SignWithBankId, type SignWithBankIdProps } from './components/sign-with-bankid';
