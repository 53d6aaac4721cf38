import { caseNews } from './case-news.js';
import {
  staffAssigned,
  staffCaseSubmitted,
  staffMessageFromApplicant,
  staffSupplementSubmitted,
} from './staff-news.js';
import type { StaffTemplate } from './staff-template.js';
import type { ApplicantTemplate } from './template.js';

export type ApplicantEvent = 'status-changed' | 'decision-recorded';

/** The applicant's template per event; both say only that there is news, as the case itself is secret. */
export const applicantTemplates: Record<ApplicantEvent, ApplicantTemplate> = {
  'status-changed': caseNews,
  'decision-recorded': caseNews,
};

export type StaffEvent = 'message-from-applicant' | 'supplement-submitted' | 'case-submitted' | 'assigned';

/** Staff templates per event: the kind of news and a link to the case, never who or what it is about. */
export const staffTemplates: Record<StaffEvent, StaffTemplate> = {
  'message-from-applicant': staffMessageFromApplicant,
  'supplement-submitted': staffSupplementSubmitted,
  'case-submitted': staffCaseSubmitted,
  assigned: staffAssigned,
};
