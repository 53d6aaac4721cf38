import type { FormData } from '@ebistans/schema';
import { isProblem, unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import { applicationForm } from '../lib/application-form';
import { trackWrite } from './draft-writes';

interface SaveDraftInput {
  /** The revision read; none creates the draft. */
  revision: number | undefined;
  data: FormData;
}

async function putDraft({ revision, data }: SaveDraftInput) {
  const body = { formId: applicationForm.id, data, ...(revision === undefined ? {} : { revision }) };
  return unwrap(await api.PUT('/api/applicant/drafts/current', { body }));
}

export function saveDraft(input: SaveDraftInput) {
  return trackWrite(putDraft(input));
}

/** The draft was changed, created, discarded or submitted on another device since this one read it. */
export function isDraftConflict(error: unknown): boolean {
  return isProblem(error, 'stale-draft', 'draft-exists');
}
