import type { Database } from '../../db/client.js';
import { BusinessRuleError, NotFoundError, type FieldError } from '../../lib/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { ApplicantIdentity } from '../auth/identity.js';
import type { NotificationPreferencesRepository } from './notification-preferences.repository.js';
import {
  normalizedMobile,
  type NotificationPreferences,
  type NotificationPreferencesUpdate,
} from './notification-preferences.schemas.js';

interface NotificationPreferencesServiceDeps {
  db: Database;
  repository: NotificationPreferencesRepository;
  audit: Pick<AuditService, 'record'>;
  /** Whether the municipality sends anything at all by e-mail and by SMS, from its `settings` column. */
  offeredChannels: (municipalitySettings: unknown) => { email: boolean; sms: boolean };
}

type Stored = NonNullable<Awaited<ReturnType<NotificationPreferencesRepository['find']>>>;

/**
 * The applicant's own choice of how they hear of news in their cases: the channels and contact details,
 * within what the municipality sends on, and the language. A protected identity gets nothing until they
 * confirm, logged in, that e-mail and SMS may reach them although others might see them.
 */
export function createNotificationPreferencesService({
  db,
  repository,
  audit,
  offeredChannels,
}: NotificationPreferencesServiceDeps) {
  async function stored(applicantId: string) {
    const found = await repository.find(applicantId);
    if (!found) throw new NotFoundError('No such applicant');
    return found;
  }

  const view = (row: Stored): NotificationPreferences => ({
    email: row.email,
    mobile: row.mobile,
    notifyByEmail: row.notifyByEmail,
    notifyBySms: row.notifyBySms,
    language: row.language,
    protectedIdentity: row.protectedIdentity,
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    municipalityOffers: offeredChannels(row.municipalitySettings),
  });

  /**
   * A channel the municipality uses and the applicant keeps on needs somewhere to send to; and the mobile
   * number of an applicant who logs in with a password is where their one-time codes go, so it can be
   * changed but not removed.
   */
  function ruleErrors(row: Stored, email: string | null, mobile: string | null, input: NotificationPreferencesUpdate) {
    const offers = offeredChannels(row.municipalitySettings);
    const errors: FieldError[] = [];
    if (!mobile && row.mobile && row.hasPassword) {
      errors.push({
        path: 'mobile',
        code: 'mobile_needed_for_login',
        message: 'Engångskoden när du loggar in skickas till mobilnumret. Du kan byta nummer men inte ta bort det.',
      });
    } else if (!mobile && input.notifyBySms && offers.sms) {
      errors.push({
        path: 'mobile',
        code: 'mobile_needed_for_sms',
        message: 'Fyll i ditt mobilnummer, eller kryssa ur Sms.',
      });
    }
    if (!email && input.notifyByEmail && offers.email) {
      errors.push({
        path: 'email',
        code: 'email_needed_for_email',
        message: 'Fyll i din e-postadress, eller kryssa ur E-post.',
      });
    }
    return errors;
  }

  return {
    async get(identity: ApplicantIdentity) {
      return view(await stored(identity.applicantId));
    },

    async update(identity: ApplicantIdentity, input: NotificationPreferencesUpdate, requestId: string) {
      const row = await stored(identity.applicantId);
      const email = input.email || null;
      const mobile = input.mobile ? normalizedMobile(input.mobile) : null;
      const errors = ruleErrors(row, email, mobile, input);
      if (errors.length > 0) throw new BusinessRuleError('invalid-preferences', 'The preferences break a rule', errors);

      // Only a protected identity confirms, and only by saying so: saving without it keeps what was before.
      const confirms = row.protectedIdentity && input.confirmProtectedIdentity;
      const values = {
        email,
        mobile,
        notifyByEmail: input.notifyByEmail,
        notifyBySms: input.notifyBySms,
        notificationLanguage: input.language,
        notificationsConfirmedAt: confirms ? new Date() : row.confirmedAt,
      };
      const before = {
        email: row.email,
        mobile: row.mobile,
        notifyByEmail: row.notifyByEmail,
        notifyBySms: row.notifyBySms,
        notificationLanguage: row.language,
      };
      const changed = (Object.keys(before) as (keyof typeof before)[]).filter((key) => before[key] !== values[key]);

      await db.transaction(async (tx) => {
        await repository.update(tx, identity.applicantId, values);
        // The mobile number also receives the login codes, so who changed what is kept (never the values).
        if (changed.length > 0 || confirms) {
          await audit.record(
            {
              municipalityId: identity.municipalityId,
              actorKind: 'applicant',
              actorId: identity.applicantId,
              action: 'applicant.notification-preferences.update',
              entityType: 'applicant',
              entityId: identity.applicantId,
              requestId,
              details: { changed, confirmedProtectedIdentity: confirms },
            },
            tx,
          );
        }
      });
      return view(await stored(identity.applicantId));
    },
  };
}

export type NotificationPreferencesService = ReturnType<typeof createNotificationPreferencesService>;
