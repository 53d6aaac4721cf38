import { and, eq, exists, sql, type SQL } from 'drizzle-orm';
import { caseAssignees, cases } from '../db/schema/index.js';
import type { Database } from '../db/client.js';
import type { ApplicantIdentity, StaffIdentity } from '../modules/auth/identity.js';
import { assertNotHandedOver } from './case-retention.js';
import { ForbiddenError, NotFoundError } from './errors.js';

/** Which cases a staff member may see: their municipality's, and for restricted caseworkers only their own. */
export interface CaseScope {
  municipalityId: string;
  /** Set for restricted caseworkers: only cases assigned to this staff member are visible. */
  onlyAssignedTo: string | null;
}

const CASE_ROLES = new Set(['caseworker', 'assistant']);

export function caseScopeFor(identity: StaffIdentity): CaseScope {
  if (!identity.municipalityId || !CASE_ROLES.has(identity.role)) {
    throw new ForbiddenError('Only caseworkers and assistants of a municipality handle cases');
  }
  return { municipalityId: identity.municipalityId, onlyAssignedTo: identity.restricted ? identity.staffId : null };
}

export const hasAssignee = (staffId?: string) =>
  exists(
    sql`(select 1 from ${caseAssignees} where ${caseAssignees.caseId} = ${cases.id}${
      staffId ? sql` and ${caseAssignees.staffId} = ${staffId}` : sql``
    })`,
  );

/** The SQL condition on `cases` that a scope allows. */
export function caseScopeCondition(scope: CaseScope): SQL {
  const conditions = [eq(cases.municipalityId, scope.municipalityId)];
  if (scope.onlyAssignedTo) conditions.push(hasAssignee(scope.onlyAssignedTo));
  return and(...conditions)!;
}

const caseColumns = {
  id: cases.id,
  status: cases.status,
  municipalityId: cases.municipalityId,
  applicantId: cases.applicantId,
  caseNumber: cases.caseNumber,
  takenOverAt: cases.takenOverAt,
  isTest: cases.isTest,
};

/** A case the staff member's scope allows, or undefined (the caller answers 404 either way). */
export async function findStaffCase(db: Database, scope: CaseScope, caseId: string) {
  const [row] = await db
    .select(caseColumns)
    .from(cases)
    .where(and(caseScopeCondition(scope), eq(cases.id, caseId)));
  return row;
}

/** The applicant's own case in their municipality, or undefined: another person's case does not exist for them. */
export async function findApplicantCase(db: Database, identity: ApplicantIdentity, caseId: string) {
  const [row] = await db
    .select(caseColumns)
    .from(cases)
    .where(
      and(
        eq(cases.id, caseId),
        eq(cases.applicantId, identity.applicantId),
        eq(cases.municipalityId, identity.municipalityId),
      ),
    );
  return row;
}

/** The case a staff member works on, or 404: the same answer whether it is missing or out of scope. */
export async function requireStaffCase(db: Database, identity: StaffIdentity, caseId: string) {
  const found = await findStaffCase(db, caseScopeFor(identity), caseId);
  if (!found) throw new NotFoundError('Case not found');
  return found;
}

/**
 * The case a staff member changes, or 404 as above; 409 `case-handed-over` once it has been handed over
 * to the municipality's case system, where it is handled from then on. Reads use `requireStaffCase`.
 */
export async function requireChangeableStaffCase(db: Database, identity: StaffIdentity, caseId: string) {
  const found = await requireStaffCase(db, identity, caseId);
  assertNotHandedOver(found);
  return found;
}

/** The applicant's own case, or 404. */
export async function requireApplicantCase(db: Database, identity: ApplicantIdentity, caseId: string) {
  const found = await findApplicantCase(db, identity, caseId);
  if (!found) throw new NotFoundError('Case not found');
  return found;
}
