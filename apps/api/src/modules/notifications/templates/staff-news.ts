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
