import { applicantEvents, staffEvents, type NotificationTemplates } from '../api/notification-settings';

/** What GET /api/admin/notification-templates answers for a municipality with no texts of its own. */
export function builtInTemplates(): NotificationTemplates {
  const byLanguage = <T>(texts: (language: 'sv' | 'en') => T) => ({
    sv: { standard: texts('sv'), custom: null },
    en: { standard: texts('en'), custom: null },
  });
  const applicant = (language: 'sv' | 'en') =>
    language === 'sv'
      ? {
          subject: 'Ny information från {kommun}',
          text: 'Hej!\n\nDet finns ny information hos {kommun}.\n\nLogga in för att läsa den: {länk}',
          sms: 'Det finns ny information hos {kommun}. Logga in: {länk}',
        }
      : {
          subject: 'New information from {kommun}',
          text: 'Hello,\n\nThere is new information at {kommun}.\n\nLog in to read it: {länk}',
          sms: 'There is new information at {kommun}. Log in: {länk}',
        };
  const staff = (language: 'sv' | 'en') =>
    language === 'sv'
      ? { subject: 'Nytt i ett ärende', text: 'Hej!\n\nÖppna ärendet (du loggar in först): {länk}' }
      : { subject: 'News in a case', text: 'Hello,\n\nOpen the case (you log in first): {länk}' };
  return {
    applicant: Object.fromEntries(applicantEvents.map((key) => [key, byLanguage(applicant)])),
    staff: Object.fromEntries(staffEvents.map((key) => [key, byLanguage(staff)])),
  } as NotificationTemplates;
}
