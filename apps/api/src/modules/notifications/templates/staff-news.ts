import { staffTemplate } from './staff-template.js';

/** The applicant wrote in the thread of a case the recipient handles. */
export const staffMessageFromApplicant = staffTemplate({
  sv: {
    subject: 'Nytt meddelande i ett ärende',
    news: 'Den sökande har skickat ett nytt meddelande i ett ärende som du handlägger.',
  },
  en: {
    subject: 'New message in a case',
    news: 'The applicant has sent a new message in a case you handle.',
  },
});

export const staffSupplementSubmitted = staffTemplate({
  sv: {
    subject: 'Ny komplettering i ett ärende',
    news: 'Den sökande har skickat in en komplettering i ett ärende som du handlägger.',
  },
  en: {
    subject: 'New supplement in a case',
    news: 'The applicant has submitted a supplement in a case you handle.',
  },
});

/** To the function mailbox or every caseworker of the municipality, so it says nothing about "your" case. */
export const staffCaseSubmitted = staffTemplate({
  sv: {
    subject: 'Ett nytt ärende har kommit in',
    news: 'En ny ansökan om ekonomiskt bistånd har kommit in till e-tjänsten.',
  },
  en: {
    subject: 'A new case has arrived',
    news: 'A new application for financial assistance has arrived in the e-service.',
  },
});

export const staffAssigned = staffTemplate({
  sv: {
    subject: 'Du har fått ett ärende',
    news: 'En kollega har gett dig ett ärende att handlägga.',
  },
  en: {
    subject: 'You have been given a case',
    news: 'A colleague has assigned a case to you.',
  },
});

/** A colleague wrote an internal note in a case the recipient also handles. */
export const staffInternalNote = staffTemplate({
  sv: {
    subject: 'Ny intern anteckning i ett ärende',
    news: 'En kollega har skrivit en intern anteckning i ett ärende som du handlägger.',
  },
  en: {
    subject: 'New internal note in a case',
    news: 'A colleague has written an internal note in a case you handle.',
  },
});

export const staffStatusChanged = staffTemplate({
  sv: {
    subject: 'Ett ärende har fått ny status',
    news: 'En kollega har ändrat status på ett ärende som du handlägger.',
  },
  en: {
    subject: 'A case has a new status',
    news: 'A colleague has changed the status of a case you handle.',
  },
});

/** The case passed the municipality's handling time while the caseworker had the next move. */
export const staffCaseOverdue = staffTemplate({
  sv: {
    subject: 'Ett ärende är försenat',
    news: 'Ett ärende som du handlägger har passerat kommunens handläggningstid.',
  },
  en: {
    subject: 'A case is overdue',
    news: "A case you handle has passed the municipality's handling time.",
  },
});

/** The read receipt of a message staff sent. */
export const staffMessageRead = staffTemplate({
  sv: {
    subject: 'Den sökande har läst ett meddelande',
    news: 'Den sökande har öppnat ett meddelande i ett ärende som du handlägger.',
  },
  en: {
    subject: 'The applicant has read a message',
    news: 'The applicant has opened a message in a case you handle.',
  },
});

/** The download receipt of a file staff sent. */
export const staffFileDownloaded = staffTemplate({
  sv: {
    subject: 'Den sökande har hämtat en fil',
    news: 'Den sökande har hämtat en fil som skickats i ett ärende som du handlägger.',
  },
  en: {
    subject: 'The applicant has downloaded a file',
    news: 'The applicant has downloaded a file sent in a case you handle.',
  },
});
