import { AppError, BusinessRuleError, NotFoundError } from '../../lib/errors.js';
import type { ApplicantIdentity } from '../auth/identity.js';
import type { ApplicationsRepository } from './applications.repository.js';

export class SignatureUsedError extends AppError {
  readonly status = 409;
  readonly slug = 'signature-used';
}

/**
 * The BankID signature a submission goes with: required after a BankID login (a password login submits
 * with the declaration alone), complete, of exactly these answers, and not used for another case yet.
 * Another applicant's signature does not exist.
 */
export async function signatureForSubmission(
  repository: Pick<ApplicationsRepository, 'findSignature'>,
  identity: ApplicantIdentity,
  signatureId: string | undefined,
  digest: string,
) {
  if (!signatureId) {
    if (identity.loginMethod !== 'bankid') return undefined;
    throw new BusinessRuleError('signature-required', 'Sign the application with BankID before submitting it');
  }
  const signature = await repository.findSignature(signatureId, identity.applicantId);
  if (!signature) throw new NotFoundError('No such signature');
  if (signature.status !== 'complete') {
    throw new BusinessRuleError('signature-required', 'The BankID signing has not been completed');
  }
  if (signature.answersDigest !== digest) {
    throw new BusinessRuleError('signature-mismatch', 'The answers are not the ones signed; sign again');
  }
  if (signature.caseId) throw new SignatureUsedError('The signature has already been used for an application');
  return { id: signature.id, name: signature.signerName!, signedAt: signature.signedAt! };
}
