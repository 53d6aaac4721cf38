import { and, asc, count, desc, eq, exists, gte, inArray, isNotNull, lt, not, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.js';
import {
  applicants,
  caseAssignees,
  caseFlags,
  cases,
  caseStatusOrder,
  isActiveCase,
  isOpenStatus,
  isOverdueStatus,
  staff,
  type CaseStatus,
} from '../../db/schema/index.js';
import { nameWordsCondition } from '../../lib/applicant-search.js';
import { caseScopeCondition, hasAssignee, type CaseScope } from '../../lib/case-access.js';
import { plusDays, startOfSwedishDay } from '../../lib/swedish-time.js';
import type { InboxSearch } from './inbox-search.js';
import { inboxTabs, type InboxSortKey, type InboxTab } from './inbox.schemas.js';

interface InboxFilters {
  search: InboxSearch | null;
  statuses: CaseStatus[];
  formId?: string | undefined;
  period?: string | undefined;
  submittedFrom?: string | undefined;
  submittedTo?: string | undefined;
}

export interface InboxPageRequest {
  tab: InboxTab;
  filters: InboxFilters;
  sort: InboxSortKey;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

const applicantName = sql<string>`${applicants.givenName} || ' ' || ${applicants.familyName}`;

const isFlaggedBy = (staffId: string) =>
  exists(
    sql`(select 1 from ${caseFlags} where ${caseFlags.caseId} = ${cases.id} and ${caseFlags.staffId} = ${staffId})`,
  );

const isOverdue = and(isOverdueStatus(cases.status), lt(cases.dueAt, sql`now()`))!;

const assigneesOfCase = sql<{ id: string; name: string; username: string }[]>`coalesce((
  select json_agg(json_build_object('id', ${staff.id}, 'name', ${staff.displayName}, 'username', ${staff.username})
    order by ${staff.displayName})
  from ${caseAssignees} join ${staff} on ${staff.id} = ${caseAssignees.staffId}
  where ${caseAssignees.caseId} = ${cases.id}), '[]'::json)`;

const firstAssigneeName = sql`(select min(${staff.displayName})
  from ${caseAssignees} join ${staff} on ${staff.id} = ${caseAssignees.staffId}
  where ${caseAssignees.caseId} = ${cases.id})`;

/** Handed-over and test cases are in their own tabs only, so no active tab or count includes them. */
const isActive = isActiveCase(cases.takenOverAt, cases.isTest);

function activeTabCondition(tab: Exclude<InboxTab, 'handedOver' | 'test'>, staffId: string): SQL | undefined {
  switch (tab) {
    case 'unassigned':
      return and(eq(cases.status, 'submitted'), not(hasAssignee()));
    case 'overdue':
      return isOverdue;
    case 'mine':
      return hasAssignee(staffId);
    case 'flagged':
      return isFlaggedBy(staffId);
    case 'ongoing':
      return and(isOpenStatus(cases.status), hasAssignee());
    case 'all':
      return undefined;
  }
}

function tabCondition(tab: InboxTab, staffId: string): SQL {
  switch (tab) {
    case 'handedOver':
      return isNotNull(cases.takenOverAt);
    case 'test':
      return sql`${cases.isTest}`;
    default:
      return and(isActive, activeTabCondition(tab, staffId))!;
  }
}

/**
 * Each sort has an index that starts with the municipality (see db/schema), so a page is read in order
 * and the scan stops after it. The assignee sort is the exception: the page is chosen by joining the
 * first assignee of each case (see `list`), and this expression orders the page's own rows.
 */
const sortColumns: Record<InboxSortKey, (AnyPgColumn | SQL)[]> = {
  caseNumber: [cases.caseNumber],
  applicant: [applicants.familyName, applicants.givenName],
  period: [cases.period],
  status: [caseStatusOrder(cases.status), cases.submittedAt],
  submittedAt: [cases.submittedAt],
  dueAt: [cases.dueAt],
  assignee: [firstAssigneeName],
};

function filterConditions(filters: InboxFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.statuses.length > 0) conditions.push(inArray(cases.status, filters.statuses));
  if (filters.formId) conditions.push(eq(cases.formId, filters.formId));
  if (filters.period) conditions.push(eq(cases.period, filters.period));
  if (filters.submittedFrom) conditions.push(gte(cases.submittedAt, startOfSwedishDay(filters.submittedFrom)));
  if (filters.submittedTo) {
    const dayAfter = plusDays(new Date(`${filters.submittedTo}T00:00:00Z`), 1);
    conditions.push(lt(cases.submittedAt, startOfSwedishDay(dayAfter)));
  }
  return conditions;
}

export function createInboxRepository(db: Database) {
  async function countWhere(condition: SQL | undefined) {
    const [row] = await db.select({ value: count() }).from(cases).where(condition);
    return row?.value ?? 0;
  }

  /** How many cases each tab holds, one indexed count per tab. */
  async function tabCounts(scope: CaseScope, staffId: string) {
    const entries = await Promise.all(
      inboxTabs.map(
        async (tab) => [tab, await countWhere(and(caseScopeCondition(scope), tabCondition(tab, staffId)))] as const,
      ),
    );
    return Object.fromEntries(entries) as Record<InboxTab, number>;
  }

  /** The SQL for a search: a personnummer is looked up first, so the case query can use plain indexes. */
  async function searchCondition(scope: CaseScope, search: InboxSearch): Promise<SQL> {
    switch (search.kind) {
      case 'caseNumber':
        return eq(cases.caseNumber, search.caseNumber);
      case 'personnummer': {
        const [applicant] = await db
          .select({ id: applicants.id })
          .from(applicants)
          .where(
            and(eq(applicants.municipalityId, scope.municipalityId), eq(applicants.personnummer, search.personnummer)),
          );
        const asCoApplicant = eq(cases.coApplicantPersonnummer, search.personnummer);
        return applicant ? or(eq(cases.applicantId, applicant.id), asCoApplicant)! : asCoApplicant;
      }
      case 'name': {
        const matching = db
          .select({ id: applicants.id })
          .from(applicants)
          .where(and(eq(applicants.municipalityId, scope.municipalityId), nameWordsCondition(search.words)));
        return inArray(cases.applicantId, matching);
      }
    }
  }

  return {
    /**
     * One page of a tab. Pages are limit/offset rather than keyset: caseworkers sort by any column and
     * jump to a page number, and with the sort's index the cost is the rows up to the page, which the
     * query schema bounds (10 000 rows). `total` is counted separately only when a search or filter
     * makes it differ from the tab's count.
     */
    async list(scope: CaseScope, staffId: string, request: InboxPageRequest) {
      const { tab, filters, sort, order, page, pageSize } = request;
      const direction = order === 'asc' ? asc : desc;
      const narrowing = [
        ...(filters.search ? [await searchCondition(scope, filters.search)] : []),
        ...filterConditions(filters),
      ];
      const where = and(caseScopeCondition(scope), tabCondition(tab, staffId), ...narrowing);
      // Implied by the case's municipality, but stated so the applicant sort can walk the applicants' name index.
      const sameMunicipality = eq(applicants.municipalityId, scope.municipalityId);
      const ordering = [...sortColumns[sort].map((column) => direction(column)), direction(cases.id)];
      // The page's ids first, then its columns: the assignees and the flag are computed for the page's rows
      // only, not for every row the offset skips.
      let pageIds = db
        .select({ id: cases.id })
        .from(cases)
        .innerJoin(applicants, and(eq(applicants.id, cases.applicantId), sameMunicipality))
        .$dynamic();
      if (sort === 'assignee') {
        // Every case's first assignee in one pass over the municipality's assignments: far cheaper than
        // looking it up case by case for all the cases of a tab.
        const firstAssignees = db
          .select({
            caseId: caseAssignees.caseId,
            name: sql<string>`min(${staff.displayName})`.as('first_assignee_name'),
          })
          .from(caseAssignees)
          .innerJoin(staff, eq(staff.id, caseAssignees.staffId))
          .where(eq(staff.municipalityId, scope.municipalityId))
          .groupBy(caseAssignees.caseId)
          .as('first_assignees');
        pageIds = pageIds
          .leftJoin(firstAssignees, eq(firstAssignees.caseId, cases.id))
          .orderBy(direction(firstAssignees.name), direction(cases.id));
      } else {
        pageIds = pageIds.orderBy(...ordering);
      }
      pageIds = pageIds
        .where(where)
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      const [items, counts, filteredTotal] = await Promise.all([
        db
          .select({
            id: cases.id,
            caseNumber: cases.caseNumber,
            applicantName,
            period: cases.period,
            formId: cases.formId,
            status: cases.status,
            submittedAt: cases.submittedAt,
            dueAt: cases.dueAt,
            overdue: sql<boolean>`coalesce(${isOverdue}, false)`,
            colour: cases.colour,
            flagged: sql<boolean>`${isFlaggedBy(staffId)}`,
            externalCaseNumber: cases.externalCaseNumber,
            assignees: assigneesOfCase,
            isTest: cases.isTest,
            takenOverAt: cases.takenOverAt,
          })
          .from(cases)
          .innerJoin(applicants, eq(applicants.id, cases.applicantId))
          .where(inArray(cases.id, pageIds))
          .orderBy(...ordering),
        tabCounts(scope, staffId),
        narrowing.length > 0 ? countWhere(where) : undefined,
      ]);
      return { items, total: filteredTotal ?? counts[tab], counts };
    },

    async find(scope: CaseScope, staffId: string, caseId: string) {
      const [row] = await db
        .select({
          id: cases.id,
          caseNumber: cases.caseNumber,
          formId: cases.formId,
          formVersion: cases.formVersion,
          period: cases.period,
          status: cases.status,
          submittedAt: cases.submittedAt,
          dueAt: cases.dueAt,
          data: cases.data,
          pdfStorageKey: cases.pdfStorageKey,
          colour: cases.colour,
          externalCaseNumber: cases.externalCaseNumber,
          flagged: sql<boolean>`${isFlaggedBy(staffId)}`,
          assignees: assigneesOfCase,
          isTest: cases.isTest,
          channel: cases.channel,
          takenOverAt: cases.takenOverAt,
          applicant: {
            name: applicantName,
            personnummer: applicants.personnummer,
          },
        })
        .from(cases)
        .innerJoin(applicants, eq(applicants.id, cases.applicantId))
        .where(and(caseScopeCondition(scope), eq(cases.id, caseId)));
      return row;
    },
  };
}

export type InboxRepository = ReturnType<typeof createInboxRepository>;
