import { validationText } from '@ebistans/schema';
import type { Database } from '../../db/client.js';
import { adminMunicipalityOf } from '../../lib/admin-access.js';
import { BusinessRuleError, NotFoundError } from '../../lib/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { StaffIdentity } from '../auth/identity.js';
import {
  readNotificationSettings,
  storedNotificationSettings,
  type NotificationSettings,
} from './notification-settings.js';
import type { NotificationSettingsRepository } from './notification-settings.repository.js';
import {
  applicantLoginUrl,
  readNotificationTemplates,
  smsTooLong,
  type NotificationTemplatesInput,
} from './notification-templates.js';

interface NotificationSettingsServiceDeps {
  db: Database;
  repository: NotificationSettingsRepository;
  audit: Pick<AuditService, 'record'>;
  /** The e-service's address, for the length of the SMS with the municipality's real link. */
  publicUrl: string;
}

/**
 * The notification settings an admin keeps for their municipality: sender, function mailbox, switches and
 * the municipality's own texts.
 */
export function createNotificationSettingsService({
  db,
  repository,
  audit,
  publicUrl,
}: NotificationSettingsServiceDeps) {
  return {
    async get(identity: StaffIdentity): Promise<NotificationSettings> {
      return readNotificationSettings(await repository.findSettings(adminMunicipalityOf(identity)));
    },

    async save(identity: StaffIdentity, settings: NotificationSettings, requestId: string) {
      const municipalityId = adminMunicipalityOf(identity);
      const stored = storedNotificationSettings(settings);
      await db.transaction(async (tx) => {
        await repository.saveNotifications(tx, municipalityId, stored);
        // Addresses of the municipality's own, not of people, so they may be kept in the log.
        await audit.record(
          {
            municipalityId,
            actorKind: 'staff',
            actorId: identity.staffId,
            action: 'municipality.notification-settings.save',
            entityType: 'municipality',
            entityId: municipalityId,
            requestId,
            details: stored,
          },
          tx,
        );
      });
      return readNotificationSettings({ notifications: stored });
    },

    async getTemplates(identity: StaffIdentity) {
      return readNotificationTemplates(await repository.findSettings(adminMunicipalityOf(identity)));
    },

    /** Replaces all the municipality's own texts: an event and language left out gets the built-in text again. */
    async saveTemplates(identity: StaffIdentity, templates: NotificationTemplatesInput, requestId: string) {
      const municipalityId = adminMunicipalityOf(identity);
      const municipality = await repository.findMunicipality(municipalityId);
      if (!municipality) throw new NotFoundError('No such municipality');
      const tooLong = smsTooLong(templates, municipality.name, applicantLoginUrl(publicUrl, municipality.slug));
      if (tooLong.length > 0) {
        throw new BusinessRuleError(
          'validation',
          'An SMS is longer than one part with the municipality name and link',
          tooLong.map((path) => ({
            path,
            code: 'sms_too_long',
            message: validationText('sms_too_long', 'sv'),
          })),
        );
      }
      await db.transaction(async (tx) => {
        await repository.saveTemplates(tx, municipalityId, templates);
        // The texts can hold no personal data (no digits, only the placeholders), so they may be logged.
        await audit.record(
          {
            municipalityId,
            actorKind: 'staff',
            actorId: identity.staffId,
            action: 'municipality.notification-templates.save',
            entityType: 'municipality',
            entityId: municipalityId,
            requestId,
            details: templates,
          },
          tx,
        );
      });
      return readNotificationTemplates(await repository.findSettings(municipalityId));
    },
  };
}

export type NotificationSettingsService = ReturnType<typeof createNotificationSettingsService>;
