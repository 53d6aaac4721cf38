import { queryOptions } from '@tanstack/react-query';
import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import { applicationForm } from '../lib/application-form';
import { writesDone } from './draft-writes';

/** The applicant's open draft of the application, or null when there is none (404). */
async function getCurrentDraft(signal: AbortSignal) {
  await writesDone();
  const result = await api.GET('/api/applicant/drafts/current', {
    params: { query: { formId: applicationForm.id } },
    signal,
  });
  if (result.response.status === 404) return null;
  return unwrap(result);
}

export type Draft = NonNullable<Awaited<ReturnType<typeof getCurrentDraft>>>;

/** Read afresh each time the application opens: the draft may have been changed on another device. */
export function currentDraftQueryOptions() {
  return queryOptions({
    queryKey: ['application-draft', applicationForm.id],
    queryFn: ({ signal }) => getCurrentDraft(signal),
    staleTime: 0,
    gcTime: 0,
  });
}
