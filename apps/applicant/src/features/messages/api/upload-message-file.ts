import { problemError } from '@ebistans/ui';

/** Sends one file to the case (as "annat underlag"), so that a reply can carry it; returns the file's id. */
export async function uploadMessageFile(caseId: string, file: File): Promise<string> {
  // The category comes before the file: the API reads the fields as it streams the file.
  const body = new FormData();
  body.append('category', 'other');
  body.append('file', file, file.name);
  const response = await fetch(`/api/applicant/cases/${caseId}/attachments`, { method: 'POST', body });
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw problemError(json, response.status);
  const items = (json as { items?: { id: string }[] } | undefined)?.items;
  if (!items?.[0]) throw problemError(json, 500);
  return items[0].id;
}
