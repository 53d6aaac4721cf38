import type { NotificationLanguage } from './template.js';

/**
 * Everything a staff notification may show: the link to the case in the caseworker app. No case number,
 * name or content, since an e-mail can be forwarded or read by the wrong eyes; the link opens the case
 * only after login, where access is checked.
 */
interface StaffTemplateContext {
  caseUrl: string;
}

/** Staff are reached by e-mail only. */
export type StaffTemplate = Record<
  NotificationLanguage,
  (context: StaffTemplateContext) => { subject: string; text: string }
>;

/** What differs between the staff events: the subject and the one sentence saying what kind of news it is. */
type StaffNews = Record<NotificationLanguage, { subject: string; news: string }>;

const closing: Record<NotificationLanguage, { open: string; noReply: string }> = {
  sv: {
    open: 'Öppna ärendet (du loggar in först):',
    noReply: 'Svara inte på det här e-postmeddelandet; det skickas automatiskt av e-tjänsten.',
  },
  en: {
    open: 'Open the case (you log in first):',
    noReply: 'Please do not reply to this e-mail; the e-service sends it automatically.',
  },
};

const greeting: Record<NotificationLanguage, string> = { sv: 'Hej!', en: 'Hello,' };

function render(
  language: NotificationLanguage,
  { subject, news }: StaffNews[NotificationLanguage],
  { caseUrl }: StaffTemplateContext,
) {
  const { open, noReply } = closing[language];
  return { subject, text: [greeting[language], '', news, '', `${open} ${caseUrl}`, '', noReply].join('\n') };
}

/** A staff template from its two texts, so every staff e-mail has the same neutral frame. */
export function staffTemplate(news: StaffNews): StaffTemplate {
  return {
    sv: (context) => render('sv', news.sv, context),
    en: (context) => render('en', news.en, context),
  };
}
