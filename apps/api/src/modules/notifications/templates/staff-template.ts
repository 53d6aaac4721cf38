/**
 * Everything a staff notification may show: the link to the case in the caseworker app. No case number,
 * name or content, since an e-mail can be forwarded or read by the wrong eyes; the link opens the case
 * only after login, where access is checked.
 */
interface StaffTemplateContext {
  caseUrl: string;
}

type Language = 'sv' | 'en';

/** Staff are reached by e-mail only. */
export type StaffTemplate = Record<Language, (context: StaffTemplateContext) => { subject: string; text: string }>;

/** What differs between the staff events: the subject and the one sentence saying what kind of news it is. */
type StaffNews = Record<Language, { subject: string; news: string }>;

const closing: Record<Language, { open: string; noReply: string }> = {
  sv: {
    open: 'Öppna ärendet (du loggar in först):',
    noReply: 'Svara inte på det här e-postmeddelandet; det skickas automatiskt av e-tjänsten.',
  },
  en: {
    open: 'Open the case (you log in first):',
    noReply: 'Please do not reply to this e-mail; the e-service sends it automatically.',
  },
};

const greeting: Record<Language, string> = { sv: 'Hej!', en: 'Hello,' };

function render(language: Language, { subject, news }: StaffNews[Language], { caseUrl }: StaffTemplateContext) {
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
