import type { ApplicantChannel } from './applicant-notifier.js';

/** Why an applicant is not reached on a channel; the mailing page names each reason. */
export type UnreachableReason = 'deactivated' | 'protected-identity' | 'opted-out' | 'no-address';

interface Reach {
  deactivatedAt: Date | null;
  protectedIdentity: boolean;
  notificationsConfirmedAt: Date | null;
  notifyByEmail: boolean;
  notifyBySms: boolean;
  email: string | null;
  mobile: string | null;
}

/**
 * Whether an applicant can get e-mail or SMS at all, for notifications and mailings alike: an active
 * account, a protected identity only once they confirmed their channels while logged in, their own
 * choice of channel, and an address or number. Undefined when they can.
 */
export function unreachableReason(applicant: Reach, channel: ApplicantChannel): UnreachableReason | undefined {
  if (applicant.deactivatedAt) return 'deactivated';
  if (applicant.protectedIdentity && !applicant.notificationsConfirmedAt) return 'protected-identity';
  if (!(channel === 'email' ? applicant.notifyByEmail : applicant.notifyBySms)) return 'opted-out';
  if (!(channel === 'email' ? applicant.email : applicant.mobile)) return 'no-address';
  return undefined;
}
