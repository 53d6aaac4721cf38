import type { ApplicantTemplate } from './template.js';

/**
 * That something new waits in the applicant's case events, worded as the municipalities promise it: no name,
 * no case content, only the municipality and where to log in. Replies by e-mail would not be secure, so
 * the text points to the messages after login. The SMS says the same in one part (160 characters; å, ä
 * and ö are in the GSM alphabet), and needs no "do not reply" since a text sender cannot be answered.
 */
export const caseNews: ApplicantTemplate = {
  sv: ({ municipalityName, loginUrl }) => ({
    subject: `Ny information från ${municipalityName}`,
    text: [
      'Hej!',
      '',
      `Det finns ny information i dina ärendehändelser hos ${municipalityName}.`,
      '',
      `Logga in för att läsa den: ${loginUrl}`,
      '',
      'Svara inte på det här e-postmeddelandet. Vill du skriva till oss gör du det när du har loggat in.',
    ].join('\n'),
    sms: `Det finns ny information i dina ärendehändelser hos ${municipalityName}. Logga in för att läsa den: ${loginUrl}`,
  }),
  en: ({ municipalityName, loginUrl }) => ({
    subject: `New information from ${municipalityName}`,
    text: [
      'Hello,',
      '',
      `There is new information in your case events at ${municipalityName}.`,
      '',
      `Log in to read it: ${loginUrl}`,
      '',
      'Please do not reply to this e-mail. If you want to write to us, do so after logging in.',
    ].join('\n'),
    sms: `There is new information in your case events at ${municipalityName}. Log in to read it: ${loginUrl}`,
  }),
};

/** The receipt of a submitted application: says it arrived, not what it contains. */
export const caseReceived: ApplicantTemplate = {
  sv: ({ municipalityName, loginUrl }) => ({
    subject: `Din ansökan har kommit in till ${municipalityName}`,
    text: [
      'Hej!',
      '',
      `Din ansökan har kommit in till ${municipalityName}. Du kan följa ärendet när du har loggat in.`,
      '',
      `Logga in: ${loginUrl}`,
      '',
      'Svara inte på det här e-postmeddelandet. Vill du skriva till oss gör du det när du har loggat in.',
    ].join('\n'),
    sms: `Din ansökan har kommit in till ${municipalityName}. Du kan följa ärendet när du har loggat in: ${loginUrl}`,
  }),
  en: ({ municipalityName, loginUrl }) => ({
    subject: `Your application has reached ${municipalityName}`,
    text: [
      'Hello,',
      '',
      `Your application has reached ${municipalityName}. You can follow the case after logging in.`,
      '',
      `Log in: ${loginUrl}`,
      '',
      'Please do not reply to this e-mail. If you want to write to us, do so after logging in.',
    ].join('\n'),
    sms: `Your application has reached ${municipalityName}. You can follow the case after logging in: ${loginUrl}`,
  }),
};

/** Before a supplement request's due date: something still waits for the applicant, not what. */
export const supplementReminder: ApplicantTemplate = {
  sv: ({ municipalityName, loginUrl }) => ({
    subject: `Påminnelse från ${municipalityName}`,
    text: [
      'Hej!',
      '',
      `Det finns något i dina ärendehändelser hos ${municipalityName} som väntar på svar från dig.`,
      '',
      `Logga in för att läsa det: ${loginUrl}`,
      '',
      'Svara inte på det här e-postmeddelandet. Vill du skriva till oss gör du det när du har loggat in.',
    ].join('\n'),
    sms: `Påminnelse: något i dina ärendehändelser hos ${municipalityName} väntar på svar från dig. Logga in: ${loginUrl}`,
  }),
  en: ({ municipalityName, loginUrl }) => ({
    subject: `Reminder from ${municipalityName}`,
    text: [
      'Hello,',
      '',
      `Something in your case events at ${municipalityName} is waiting for your answer.`,
      '',
      `Log in to read it: ${loginUrl}`,
      '',
      'Please do not reply to this e-mail. If you want to write to us, do so after logging in.',
    ].join('\n'),
    sms: `Reminder: something in your case events at ${municipalityName} is waiting for your answer. Log in: ${loginUrl}`,
  }),
};
