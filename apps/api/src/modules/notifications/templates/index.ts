import { caseNews } from './case-news.js';
import type { NotificationTemplate } from './template.js';

export type ApplicantEvent = 'status-changed' | 'decision-recorded';

/** The applicant's template per event; both say only that there is news, as the case itself is secret. */
export const applicantTemplates: Record<ApplicantEvent, NotificationTemplate> = {
  'status-changed': caseNews,
  'decision-recorded': caseNews,
};
