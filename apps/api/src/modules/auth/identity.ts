import type { ApplicantLoginMethod, StaffRole } from '../../db/schema/index.js';

export type ApplicantIdentity = {
  kind: 'applicant';
  sessionId: string;
  applicantId: string;
  municipalityId: string;
  /** How the applicant logged in; a BankID login must also sign the application with BankID. */
  loginMethod: ApplicantLoginMethod | null;
};

export type StaffIdentity = {
  kind: 'staff';
  sessionId: string;
  staffId: string;
  /** Null for platform operators. */
  municipalityId: string | null;
  role: StaffRole;
  restricted: boolean;
};

export type Identity = ApplicantIdentity | StaffIdentity;
