/** The application PDF made when the case was submitted; a plain link, as the session cookie goes with it. */
export function casePdfUrl(caseId: string): string {
  return `/api/applicant/cases/${encodeURIComponent(caseId)}/pdf`;
}

/** The decision letter, once the case is decided. */
export function decisionPdfUrl(caseId: string): string {
  return `/api/applicant/cases/${encodeURIComponent(caseId)}/decision.pdf`;
}
