/** The application PDF made when the case was submitted; a plain link, as the session cookie goes with it. */
export function casePdfUrl(caseId: string): string {
  return `/api/applicant/cases/${encodeURIComponent(caseId)}/pdf`;
}
