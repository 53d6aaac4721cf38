export type NotificationLanguage = 'sv' | 'en';

/**
 * Everything a template may show. It has no field for the person or the case, so no rendering can carry
 * personal data or case content (and a test scans every rendering for them all the same).
 */
interface TemplateContext {
  municipalityName: string;
  /** The municipality's login page in the applicant app. */
  loginUrl: string;
}

interface RenderedNotification {
  subject: string;
  text: string;
}

/** The applicant's notification: the e-mail, and a short SMS text, as applicants are reached by both. */
export type ApplicantTemplate = Record<
  NotificationLanguage,
  (context: TemplateContext) => RenderedNotification & { sms: string }
>;
