import { and, desc, eq, isNull, not } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { applicants, cases, integrationClients } from '../../db/schema/index.js';

/**
 * The person's applicant account in the municipality; the caseworkers' own test applicants are never
 * anyone a case system looks up or registers for.
 */
const realApplicant = (municipalityId: string, personnummer: string) =>
  and(
    eq(applicants.municipalityId, municipalityId),
    eq(applicants.personnummer, personnummer),
    isNull(applicants.testOwnerStaffId),
  );

export function createIntegrationApplicantsRepository(db: Database) {
  return {
    async findApplicant(municipalityId: string, personnummer: string) {
      const [row] = await db
        .select({
          id: applicants.id,
          personnummer: applicants.personnummer,
          givenName: applicants.givenName,
          familyName: applicants.familyName,
          deactivatedAt: applicants.deactivatedAt,
        })
        .from(applicants)
        .where(realApplicant(municipalityId, personnummer));
      return row;
    },

    /** The applicant's real cases in the municipality, newest first; test cases are never shown to a case system. */
    async casesOf(municipalityId: string, applicantId: string) {
      return db
        .select({
          id: cases.id,
          caseNumber: cases.caseNumber,
          status: cases.status,
          channel: cases.channel,
          formId: cases.formId,
          formVersion: cases.formVersion,
          period: cases.period,
          submittedAt: cases.submittedAt,
          externalCaseNumber: cases.externalCaseNumber,
          decision: cases.decision,
        })
        .from(cases)
        .where(and(eq(cases.municipalityId, municipalityId), eq(cases.applicantId, applicantId), not(cases.isTest)))
        .orderBy(desc(cases.submittedAt), desc(cases.id));
    },

    /** The client's name, which the application PDF gives for who registered a case. */
    async clientName(clientId: string) {
      const [row] = await db
        .select({ name: integrationClients.name })
        .from(integrationClients)
        .where(eq(integrationClients.id, clientId));
      return row?.name;
    },
  };
}

export type IntegrationApplicantsRepository = ReturnType<typeof createIntegrationApplicantsRepository>;
