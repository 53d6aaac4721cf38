/** Where the browser reads a draft's file, for the thumbnail of an image. */
export function attachmentContentUrl(formId: string, attachmentId: string): string {
  const id = encodeURIComponent(attachmentId);
  return `/api/applicant/drafts/current/attachments/${id}/content?formId=${encodeURIComponent(formId)}`;
}
