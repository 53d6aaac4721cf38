import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { applicants, caseAssignees, cases } from '../db/schema/index.js';
import type { StaffIdentity } from '../modules/auth/identity.js';
import { ForbiddenError } from './errors.js';

/** Which applicants a staff member may manage: their municipality's, and for restricted caseworkers only their cases'. */
export interface ApplicantScope {
  municipalityId: string;
  /** Set for restricted caseworkers: only applicants with a case assigned to this staff member. */
  onlyAssignedTo: string | null;
}

/**
 * Who may manage applicant accounts ("Hantera sökande"): caseworkers and administrators of the municipality
 * change them and write to applicants; assistants, who help applicants at the desk and on the phone, may
 * look them up but change nothing. Restricted caseworkers see only applicants with a case assigned to them,
 * as with cases.
 */
const ROLES = {
  read: new Set(['caseworker', 'admin', 'assistant']),
  write: new Set(['caseworker', 'admin']),
};

export function applicantScopeFor(identity: StaffIdentity, access: 'read' | 'write'): ApplicantScope {
  if (!identity.municipalityId || !ROLES[access].has(identity.role)) {
    throw new ForbiddenError(access === 'read' ? 'Not for this role' : 'Only caseworkers and administrators');
  }
  return { municipalityId: identity.municipalityId, onlyAssignedTo: identity.restricted ? identity.staffId : null };
}

/** The SQL condition on `applicants` that a scope allows. */
export function applicantScopeCondition(scope: ApplicantScope): SQL {
  const conditions = [
    eq(applicants.municipalityId, scope.municipalityId),
    // A caseworker's own test applicant (to try the e-service) is not a person to manage.
    isNull(applicants.testOwnerStaffId),
  ];
  if (scope.onlyAssignedTo) {
    conditions.push(
      sql`exists (select 1 from ${cases} inner join ${caseAssignees} on ${caseAssignees.caseId} = ${cases.id}
        where ${cases.applicantId} = ${applicants.id} and ${caseAssignees.staffId} = ${scope.onlyAssignedTo})`,
    );
  }
  return and(...conditions)!;
}
