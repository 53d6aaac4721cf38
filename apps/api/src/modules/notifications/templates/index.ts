import { caseNews, caseReceived, supplementReminder } from './case-news.js';
import {
  staffAssigned,
  staffCaseOverdue,
  staffCaseSubmitted,
  staffFileDownloaded,
  staffInternalNote,
  staffMessageFromApplicant,
  staffMessageRead,
  staffStatusChanged,
  staffSupplementSubmitted,
} from './staff-news.js';
import type { StaffTemplate } from './staff-template.js';
import type { ApplicantTemplate } from './template.js';

export const applicantEvents = [
  'case-submitted',
  'status-changed',
  'message-from-caseworker',
  'supplement-requested',
  'supplement-reminder',
  'decision-recorded',
  'case-closed',
] as const;
export type ApplicantEvent = (typeof applicantEvents)[number];

/** The applicant's template per event; all say only that there is news, as the case itself is secret. */
export const applicantTemplates: Record<ApplicantEvent, ApplicantTemplate> = {
  'case-submitted': caseReceived,
  'status-changed': caseNews,
  'message-from-caseworker': caseNews,
  'supplement-requested': caseNews,
  'supplement-reminder': supplementReminder,
  'decision-recorded': caseNews,
  'case-closed': caseNews,
};

export const staffEvents = [
  'case-submitted',
  'assigned',
  'message-from-applicant',
  'supplement-submitted',
  'internal-note',
  'status-changed',
  'case-overdue',
  'message-read',
  'file-downloaded',
] as const;
export type StaffEvent = (typeof staffEvents)[number];

/** Staff templates per event: the kind of news and a link to the case, never who or what it is about. */
export const staffTemplates: Record<StaffEvent, StaffTemplate> = {
  'message-from-applicant': staffMessageFromApplicant,
  'supplement-submitted': staffSupplementSubmitted,
  'case-submitted': staffCaseSubmitted,
  assigned: staffAssigned,
  'internal-note': staffInternalNote,
  'status-changed': staffStatusChanged,
  'case-overdue': staffCaseOverdue,
  'message-read': staffMessageRead,
  'file-downloaded': staffFileDownloaded,
};
