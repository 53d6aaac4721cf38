import type { Database } from '../../db/client.js';
import { caseScopeFor, requireChangeableStaffCase } from '../../lib/case-access.js';
import { BusinessRuleError } from '../../lib/errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { StaffIdentity } from '../auth/identity.js';
import type { StaffNotifier } from '../notifications/staff-notifier.js';
import type { AssignmentsRepository } from './assignments.repository.js';

interface AssignmentsServiceDeps {
  db: Database;
  repository: AssignmentsRepository;
  audit: Pick<AuditService, 'record'>;
  staffNotifier: Pick<StaffNotifier, 'assigned'>;
}

/**
 * Who handles a case: "Ta ärende", assigning colleagues of the same municipality, stepping off. Every
 * change is a case event (the history names who was added or removed) and an audit entry.
 */
export function createAssignmentsService({ db, repository, audit, staffNotifier }: AssignmentsServiceDeps) {
  function change(
    identity: StaffIdentity,
    found: { id: string; municipalityId: string },
    requestId: string,
    action: string,
    apply: (current: Set<string>) => { add: string[]; remove: string[] },
  ) {
    const caseId = found.id;
    return db.transaction(async (tx) => {
      await repository.lockCase(tx, caseId);
      const current = new Set((await repository.assignees(tx, caseId)).map((assignee) => assignee.id));
      const { add, remove } = apply(current);
      const added: string[] = [];
      const removed: string[] = [];
      for (const staffId of add) if (await repository.add(tx, caseId, staffId)) added.push(staffId);
      for (const staffId of remove) if (await repository.remove(tx, caseId, staffId)) removed.push(staffId);
      const events = [
        ...added.map((staffId) => ({ type: 'assigned' as const, staffId })),
        ...removed.map((staffId) => ({ type: 'unassigned' as const, staffId })),
      ];
      // Taking a case yourself is no news to you; being given one by a colleague is.
      for (const staffId of added) {
        if (staffId !== identity.staffId) await staffNotifier.assigned(tx, caseId, staffId);
      }
      for (const { type, staffId } of events) {
        await repository.insertEvent(tx, {
          caseId,
          type,
          actorKind: 'staff',
          actorId: identity.staffId,
          data: { staffId },
        });
      }
      await audit.record(
        {
          municipalityId: found.municipalityId,
          actorKind: 'staff',
          actorId: identity.staffId,
          action,
          entityType: 'case',
          entityId: caseId,
          requestId,
          details: { added, removed },
        },
        tx,
      );
      return repository.assignees(tx, caseId);
    });
  }

  return {
    async take(identity: StaffIdentity, caseId: string, requestId: string) {
      const found = await requireChangeableStaffCase(db, identity, caseId);
      return change(identity, found, requestId, 'case.take', () => ({ add: [identity.staffId], remove: [] }));
    },

    /** Replaces the assignees; each must be a caseworker or assistant of the case's municipality. */
    async assign(identity: StaffIdentity, caseId: string, staffIds: string[], requestId: string) {
      const found = await requireChangeableStaffCase(db, identity, caseId);
      const wanted = [...new Set(staffIds)];
      const assignable = await repository.assignableIds(found.municipalityId, wanted);
      const unknown = staffIds.flatMap((staffId, index) => (assignable.has(staffId) ? [] : [index]));
      if (unknown.length > 0) {
        throw new BusinessRuleError(
          'unknown-assignee',
          'Only caseworkers and assistants of the municipality can be assigned',
          unknown.map((index) => ({
            path: `staffIds.${index}`,
            code: 'unknown_assignee',
            message: 'Det finns ingen handläggare eller assistent med det id:t i kommunen',
          })),
        );
      }
      return change(identity, found, requestId, 'case.assign', (current) => ({
        add: wanted.filter((staffId) => !current.has(staffId)),
        remove: [...current].filter((staffId) => !wanted.includes(staffId)),
      }));
    },

    async unassignMe(identity: StaffIdentity, caseId: string, requestId: string) {
      const found = await requireChangeableStaffCase(db, identity, caseId);
      await change(identity, found, requestId, 'case.unassign', () => ({ add: [], remove: [identity.staffId] }));
    },

    colleagues(identity: StaffIdentity, search: string | undefined) {
      return repository.colleagues(caseScopeFor(identity).municipalityId, search);
    },
  };
}

export type AssignmentsService = ReturnType<typeof createAssignmentsService>;
