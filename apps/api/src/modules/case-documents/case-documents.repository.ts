import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.js';
import { applicants, attachments, caseEvents, staff } from '../../db/schema/index.js';

const uploadingApplicant = alias(applicants, 'uploading_applicant');
const uploadingStaff = alias(staff, 'uploading_staff');

const documentColumns = {
  id: attachments.id,
  category: attachments.category,
  requirementId: attachments.requirementId,
  messageId: attachments.messageId,
  fileName: attachments.originalName,
  contentType: attachments.contentType,
  sizeBytes: attachments.sizeBytes,
  uploadedByKind: attachments.uploadedByKind,
  applicantDownloadedAt: attachments.applicantDownloadedAt,
  uploadedByName: sql<
    string | null
  >`coalesce(${uploadingStaff.displayName}, ${uploadingApplicant.givenName} || ' ' || ${uploadingApplicant.familyName})`,
  createdAt: attachments.createdAt,
};

export function createCaseDocumentsRepository(db: Database) {
  return {
    /** Every file of the case, whoever sent it and however (receipts, messages, staff uploads), oldest first. */
    list(caseId: string, municipalityId: string) {
      return db
        .select(documentColumns)
        .from(attachments)
        .leftJoin(
          uploadingApplicant,
          and(eq(attachments.uploadedByKind, 'applicant'), eq(uploadingApplicant.id, attachments.uploadedById)),
        )
        .leftJoin(
          uploadingStaff,
          and(eq(attachments.uploadedByKind, 'staff'), eq(uploadingStaff.id, attachments.uploadedById)),
        )
        .where(and(eq(attachments.caseId, caseId), eq(attachments.municipalityId, municipalityId)))
        .orderBy(asc(attachments.createdAt), asc(attachments.id));
    },

    async insert(tx: Database, values: (typeof attachments.$inferInsert)[]) {
      return tx.insert(attachments).values(values).returning({ id: attachments.id });
    },

    async insertEvent(tx: Database, values: typeof caseEvents.$inferInsert) {
      await tx.insert(caseEvents).values(values);
    },
  };
}

export type CaseDocumentsRepository = ReturnType<typeof createCaseDocumentsRepository>;
export type CaseDocumentRow = Awaited<ReturnType<CaseDocumentsRepository['list']>>[number];
