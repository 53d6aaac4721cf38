import type { StaffIdentity } from '../modules/auth/identity.js';
import { ForbiddenError } from './errors.js';

/** An admin's own municipality, the only one they administer; anyone else is refused (403). */
export function adminMunicipalityOf(identity: StaffIdentity): string {
  if (identity.role !== 'admin' || !identity.municipalityId) throw new ForbiddenError('Only for an admin');
  return identity.municipalityId;
}
