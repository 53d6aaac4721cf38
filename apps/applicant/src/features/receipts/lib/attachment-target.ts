/** Where files are sent: the draft being filled in, or a case already submitted (receipts sent afterwards). */
export type AttachmentTarget = { kind: 'draft'; formId: string } | { kind: 'case'; caseId: string };

/** Where files are uploaded to (POST) and listed. */
export function attachmentsUrl(target: AttachmentTarget): string {
  if (target.kind === 'case') return `/api/applicant/cases/${encodeURIComponent(target.caseId)}/attachments`;
  return `/api/applicant/drafts/current/attachments?formId=${encodeURIComponent(target.formId)}`;
}

/** Where the browser reads one of the files, for the thumbnail of an image. */
export function attachmentContentUrl(target: AttachmentTarget, attachmentId: string): string {
  const id = encodeURIComponent(attachmentId);
  if (target.kind === 'case')
    return `/api/applicant/cases/${encodeURIComponent(target.caseId)}/attachments/${id}/content`;
  return `/api/applicant/drafts/current/attachments/${id}/content?formId=${encodeURIComponent(target.formId)}`;
}
