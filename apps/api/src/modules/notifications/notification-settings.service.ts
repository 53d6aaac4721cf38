import type { Database } from '../../db/client.js';
import { adminMunicipalityOf } from '../../lib/admin-access.js';
import type { AuditService } from '../audit/audit.service.js';
import type { StaffIdentity } from '../auth/identity.js';
import {
  readNotificationSettings,
  storedNotificationSettings,
  type NotificationSettings,
} from './notification-settings.js';
import type { NotificationSettingsRepository } from './notification-settings.repository.js';

interface NotificationSettingsServiceDeps {
  db: Database;
  repository: NotificationSettingsRepository;
  audit: Pick<AuditService, 'record'>;
}

/** The notification settings an admin keeps for their municipality: sender, function mailbox and switches. */
export function createNotificationSettingsService({ db, repository, audit }: NotificationSettingsServiceDeps) {
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
  };
}

export type NotificationSettingsService = ReturnType<typeof createNotificationSettingsService>;
