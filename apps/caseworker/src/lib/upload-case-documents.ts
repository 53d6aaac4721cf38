import type { TFunction } from 'i18next';
import { ProblemError, problemMessage, unwrap } from '@ebistans/ui';
import { api } from './api-client';

/** What staff file besides receipts; see the API's STAFF_DOCUMENT_CATEGORIES. */
type DocumentCategory = 'document' | 'scanned_application';

/**
 * Uploads files to the case's documents in one request (all are stored or none) and returns them.
 * Shared by Handlingar, manual cases (the scanned paper) and messages (files sent to the applicant).
 */
export async function uploadCaseDocuments(caseId: string, files: readonly File[], category: DocumentCategory) {
  // The category comes before the files: the API reads the fields as it streams the files.
  const body = new FormData();
  body.append('category', category);
  for (const file of files) body.append('file', file, file.name);
  const result = await api.POST('/api/staff/cases/{caseId}/documents', {
    params: { path: { caseId } },
    body: { category, file: [] },
    bodySerializer: () => body,
  });
  return unwrap(result).items;
}

/** Refusals an upload's API answer explains in its own (Swedish) detail, naming the file. */
const explainedByDetail = new Set([
  'urn:ebistans:problem:file-too-large',
  'urn:ebistans:problem:unsupported-file-type',
  'urn:ebistans:problem:invalid-file-name',
]);

/** The API's own explanation of a refused file (too large, not a PDF or image, a bad name), if it is one. */
export function uploadRefusal(error: unknown): string | undefined {
  return error instanceof ProblemError && error.problem.detail && explainedByDetail.has(error.problem.type)
    ? error.problem.detail
    : undefined;
}

/** Why an upload failed, in plain words: the API's explanation of a refused file, or the usual text. */
export function uploadProblemText(error: unknown, t: TFunction): string {
  return uploadRefusal(error) ?? problemMessage(error, t);
}
