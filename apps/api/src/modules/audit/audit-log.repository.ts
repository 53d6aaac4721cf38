import { and, desc, eq, gte, lt, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.js';
import { applicants, auditLog, cases, staff } from '../../db/schema/index.js';
import { plusDays, startOfSwedishDay } from '../../lib/swedish-time.js';

export interface AuditLogFilters {
  staffId?: string | undefined;
  caseId?: string | undefined;
  /** First and last day, Swedish time (YYYY-MM-DD). */
  from?: string | undefined;
  to?: string | undefined;
}

const actorStaff = alias(staff, 'actor_staff');
const actorApplicant = alias(applicants, 'actor_applicant');

function filterConditions(filters: AuditLogFilters) {
  return [
    filters.staffId ? and(eq(auditLog.actorKind, 'staff'), eq(auditLog.actorId, filters.staffId)) : undefined,
    // Reads of the case itself, and list reads that showed it.
    filters.caseId
      ? or(
          and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, filters.caseId)),
          sql`(${auditLog.details} -> 'caseIds') ? ${filters.caseId}`,
        )
      : undefined,
    filters.from ? gte(auditLog.createdAt, startOfSwedishDay(filters.from)) : undefined,
    filters.to
      ? lt(auditLog.createdAt, startOfSwedishDay(plusDays(new Date(`${filters.to}T00:00:00Z`), 1)))
      : undefined,
  ];
}

export function createAuditLogRepository(db: Database) {
  return {
    /** Newest first; one row more than the page tells whether there is a next page without counting the log. */
    async page(municipalityId: string, filters: AuditLogFilters, page: number, pageSize: number) {
      const rows = await db
        .select({
          seq: auditLog.seq,
          createdAt: auditLog.createdAt,
          actorKind: auditLog.actorKind,
          actorId: auditLog.actorId,
          actorName: sql<
            string | null
          >`coalesce(${actorStaff.displayName}, ${actorApplicant.givenName} || ' ' || ${actorApplicant.familyName})`,
          action: auditLog.action,
          entityType: auditLog.entityType,
          entityId: auditLog.entityId,
          caseNumber: cases.caseNumber,
          clientIp: auditLog.clientIp,
          details: auditLog.details,
        })
        .from(auditLog)
        .leftJoin(actorStaff, and(eq(auditLog.actorKind, 'staff'), eq(actorStaff.id, auditLog.actorId)))
        .leftJoin(actorApplicant, and(eq(auditLog.actorKind, 'applicant'), eq(actorApplicant.id, auditLog.actorId)))
        .leftJoin(cases, and(eq(auditLog.entityType, 'case'), eq(cases.id, auditLog.entityId)))
        .where(and(eq(auditLog.municipalityId, municipalityId), ...filterConditions(filters)))
        .orderBy(desc(auditLog.createdAt), desc(auditLog.seq))
        .limit(pageSize + 1)
        .offset((page - 1) * pageSize);
      return { items: rows.slice(0, pageSize), hasMore: rows.length > pageSize };
    },
  };
}

export type AuditLogRepository = ReturnType<typeof createAuditLogRepository>;
