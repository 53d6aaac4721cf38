import type { Database } from '../../db/client.js';
import { ForbiddenError } from '../../lib/errors.js';
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

/** An admin's own municipality; the only one whose settings they can reach. */
function municipalityOf(identity: StaffIdentity) {
  if (identity.role !== 'admin' || !identity.municipalityId) throw new ForbiddenError('Only for an admin');
  return identity.municipalityId;
}

/** The notification settings an admin keeps for their municipality: sender, function mailbox and switches. */
export function createNotificationSettingsService({ db, repository, audit }: NotificationSettingsServiceDeps) {
  return {
    async get(identity: StaffIdentity): Promise<NotificationSettings> {
      return readNotificationSettings(await repository.findSettings(municipalityOf(identity)));
    },

    async save(identity: StaffIdentity, settings: NotificationSettings, requestId: string) {
      const municipalityId = municipalityOf(identity);
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
