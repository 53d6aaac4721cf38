import {
  describeAnswers,
  formatIdentityNumber,
  type AnswerEntry,
  type FormData,
  type FormDefinition,
} from '@ebistans/schema';
import { swedishDateTimeFormat } from '../swedish-time.js';
import { PdfWriter } from './pdf-writer.js';

export type ReceiptStatus = 'attached' | 'send_later' | 'missing';

export interface PdfReceipt {
  label: string;
  status: ReceiptStatus;
  /** Names of the files attached for it. */
  files?: string[];
}

interface CommonInput {
  municipalityName: string;
  form: FormDefinition;
  data: FormData;
  receipts: PdfReceipt[];
}

/** A submitted application, stored with its case. */
export interface SubmittedPdfInput extends CommonInput {
  kind: 'submitted';
  caseNumber: string;
  submittedAt: Date;
  applicant: { name: string; personnummer: string };
  signature:
    | { method: 'bankid'; signedAt: Date; name: string }
    | { method: 'declaration' }
    /** Came in on paper or by phone and was registered by a staff member at `submittedAt`. */
    | { method: 'registered'; channel: 'paper' | 'phone'; staffName: string };
}

/** A form filled in without logging in, to print, sign and post; nothing about it is stored. */
export interface PrintPdfInput extends CommonInput {
  kind: 'print';
}

const statusText: Record<ReceiptStatus, string> = {
  attached: 'Bifogad',
  send_later: 'Skickas senare',
  missing: 'Saknas',
};

function writeEntries(writer: PdfWriter, entries: AnswerEntry[], indent = 0) {
  for (const entry of entries) {
    if (entry.kind === 'value') writer.row(entry.label, entry.text, indent);
    else if (entry.kind === 'group') {
      writer.heading(entry.label, 2);
      writeEntries(writer, entry.entries, indent + 8);
    } else if (entry.items.length === 0) writer.row(entry.label, 'Inga', indent);
    else {
      for (const item of entry.items) {
        writer.heading(item.title, 2);
        writeEntries(writer, item.entries, indent + 8);
      }
    }
  }
}

function signatureText({ signature, submittedAt }: SubmittedPdfInput): string {
  switch (signature.method) {
    case 'bankid':
      return `Underskriven med BankID av ${signature.name} ${swedishDateTimeFormat.format(signature.signedAt)}. Signaturen och OCSP-svaret sparas med ärendet.`;
    case 'declaration':
      return 'Sökanden intygade på heder och samvete att uppgifterna är sanna och fullständiga när ansökan skickades in efter inloggning.';
    case 'registered':
      return signature.channel === 'paper'
        ? `Ansökan kom in på papper och registrerades av ${signature.staffName} ${swedishDateTimeFormat.format(submittedAt)}.`
        : `Ansökan togs emot per telefon och registrerades av ${signature.staffName} ${swedishDateTimeFormat.format(submittedAt)}.`;
  }
}

function hasCoApplicant(data: FormData): boolean {
  return data.civilStatus === 'married' || data.civilStatus === 'sambo';
}

/**
 * The application as a PDF in Swedish: who applied and when, every answer under its step, the receipt
 * list and the signature evidence. The print variant has blank lines for name and personnummer,
 * signature lines for applicant and co-applicant, and instructions for posting it.
 */
export async function renderApplicationPdf(input: SubmittedPdfInput | PrintPdfInput): Promise<Uint8Array> {
  const { form, data } = input;
  const footer =
    input.kind === 'submitted'
      ? `${input.municipalityName} · Ärende ${input.caseNumber}`
      : `${input.municipalityName} · Utskrift för underskrift`;
  const writer = await PdfWriter.create(form.title.sv, footer);
  writer.title(form.title.sv);
  writer.paragraph(input.municipalityName, { muted: true });

  if (input.kind === 'submitted') {
    writer.row('Ärendenummer', input.caseNumber);
    writer.row(
      input.signature.method === 'registered' ? 'Registrerad' : 'Inskickad',
      swedishDateTimeFormat.format(input.submittedAt),
    );
    writer.row('Sökande', input.applicant.name);
    writer.row('Personnummer', formatIdentityNumber(input.applicant.personnummer));
  } else {
    writer.paragraph(
      'Skriv ut ansökan, skriv under den och skicka den med kopior av dina kvitton och underlag till socialtjänsten i din kommun. Ansökan har inte skickats in och har inte sparats.',
    );
    writer.row('Sökandens namn', '_______________________________');
    writer.row('Personnummer', '_______________________________');
  }

  for (const section of describeAnswers(form, data, 'sv')) {
    writer.heading(section.title);
    writeEntries(writer, section.entries);
  }

  writer.heading('Kvitton och underlag');
  if (input.receipts.length === 0) writer.paragraph('Inga underlag behövs utifrån svaren.');
  for (const receipt of input.receipts) {
    const files = receipt.files?.length ? ` (${receipt.files.join(', ')})` : '';
    writer.row(receipt.label, input.kind === 'print' ? '☐ Bifogas' : `${statusText[receipt.status]}${files}`);
  }

  writer.heading('Underskrift');
  if (input.kind === 'submitted') {
    writer.paragraph(signatureText(input));
  } else {
    writer.paragraph('Jag intygar på heder och samvete att uppgifterna är sanna och fullständiga.');
    writer.signatureLines('Sökande');
    if (hasCoApplicant(data)) writer.signatureLines('Medsökande');
  }
  return writer.save();
}
