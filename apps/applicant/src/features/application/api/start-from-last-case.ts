import { unwrap } from '@ebistans/ui';
import { api } from '../../../lib/api-client';
import { trackWrite } from './draft-writes';

async function postFromLastCase() {
  return unwrap(await api.POST('/api/applicant/drafts/from-last-case'));
}

/** "Börja från förra månaden": a new draft with the answers of the latest case that still hold. */
export function startFromLastCase() {
  return trackWrite(postFromLastCase());
}
