import type { Database } from '../../db/client.js';
import { caseScopeFor } from '../../lib/case-access.js';
import type { AuditService } from '../audit/audit.service.js';
import type { StaffIdentity } from '../auth/identity.js';
import type { ListSettingsRepository } from './list-settings.repository.js';
import { defaultListSettings, listSettingsSchema, type ListSettings } from './list-settings.schemas.js';

interface ListSettingsServiceDeps {
  db: Database;
  repository: ListSettingsRepository;
  audit: Pick<AuditService, 'record'>;
}

/** Each staff member's own inbox list settings; the defaults until they save their own. */
export function createListSettingsService({ db, repository, audit }: ListSettingsServiceDeps) {
  return {
    /** Saved settings that no longer fit the schema (a column was retired) give way to the defaults. */
    async get(identity: StaffIdentity): Promise<ListSettings> {
      caseScopeFor(identity);
      const saved = listSettingsSchema.safeParse({
        ...defaultListSettings,
        ...(await repository.find(identity.staffId)),
      });
      return saved.success ? saved.data : defaultListSettings;
    },

    async save(identity: StaffIdentity, settings: ListSettings, requestId: string) {
      const { municipalityId } = caseScopeFor(identity);
      await db.transaction(async (tx) => {
        await repository.save(tx, identity.staffId, settings);
        await audit.record(
          {
            municipalityId,
            actorKind: 'staff',
            actorId: identity.staffId,
            action: 'staff.list-settings.save',
            entityType: 'staff',
            entityId: identity.staffId,
            requestId,
          },
          tx,
        );
      });
      return settings;
    },
  };
}

export type ListSettingsService = ReturnType<typeof createListSettingsService>;
