import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import { applicationForm } from '../lib/application-form';
import { trackWrite } from './draft-writes';

async function deleteDraft() {
  const result = await api.DELETE('/api/applicant/drafts/current', {
    params: { query: { formId: applicationForm.id } },
  });
  // Already gone (discarded on another device) is what was asked for.
  if (result.response.status !== 404) unwrap(result);
}

/** "Börja om": the draft goes, with its uploaded files and send-later marks. */
export function discardDraft() {
  return trackWrite(deleteDraft());
}
