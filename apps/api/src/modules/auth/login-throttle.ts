import { createHmac } from 'node:crypto';
import type { Database } from '../../db/client.js';
import { AppError, UnauthorizedError } from '../../lib/errors.js';
import type { LoginThrottleRepository, ThrottlePolicy } from './login-throttle.repository.js';

class RateLimitedError extends AppError {
  readonly status = 429;
  readonly slug = 'rate-limited';
}

/** Who a login attempt is for, as typed: the account may not exist, and the lock must not tell. */
export type LoginName =
  { kind: 'applicant'; municipality: string; personnummer: string } | { kind: 'staff'; username: string };

interface LoginThrottleDeps {
  repository: LoginThrottleRepository;
  secret: string;
  /** Consecutive failures for one login name before it is locked. */
  account: ThrottlePolicy;
  /** Failures from one client address, across login names, before the address is refused for a while. */
  address: ThrottlePolicy;
}

const accountLocked = () => new UnauthorizedError('account-locked', 'Too many failed attempts; the account is locked');

/**
 * Lockout and rate limit for every password and code check. Counted in the database, so all API processes
 * share the counts. Each attempt is counted before the check and taken back when it passes, so a burst of
 * parallel guesses cannot slip past the limit while the first ones are still being checked.
 */
export function createLoginThrottle({ repository, secret, account, address }: LoginThrottleDeps) {
  const keyOf = (name: string) => createHmac('sha256', secret).update(name).digest('hex');
  const accountKey = (name: LoginName) =>
    keyOf(name.kind === 'applicant' ? `applicant:${name.municipality}:${name.personnummer}` : `staff:${name.username}`);

  return {
    /** Call before checking a password or code; refuses a locked account or address. */
    async begin(name: LoginName, clientIp: string) {
      const addressKey = keyOf(`ip:${clientIp}`);
      if ((await repository.countAttempt(addressKey, address)).locked) {
        throw new RateLimitedError('Too many failed login attempts from this address; try again later');
      }
      const key = accountKey(name);
      const attempt = await repository.countAttempt(key, account);
      if (attempt.locked) throw accountLocked();

      return {
        /** The check passed, so it was no failure; the account's count stands until the whole login is done. */
        async passed() {
          await Promise.all([repository.uncount(key), repository.uncount(addressKey)]);
        },
        /** Both factors passed: the account's failures are forgiven. The address's are not, or one good account would launder them. */
        async loggedIn() {
          await Promise.all([repository.clear(key), repository.uncount(addressKey)]);
        },
        /** The error to answer a failed check with: the failure that reaches the limit locks at once and says so. */
        async failed(error: AppError): Promise<AppError> {
          if (attempt.failures < account.maxFailures) return error;
          await repository.lock(key, account);
          return accountLocked();
        },
      };
    },

    /** Until when failed logins keep the account locked, for staff to see; null when it is not locked. */
    lockedUntil(name: LoginName) {
      return repository.lockedUntil(accountKey(name));
    },

    /** A caseworker's or admin's unlock: the count starts over. */
    unlock(name: LoginName, transaction?: Database) {
      return repository.clear(accountKey(name), transaction);
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
