import { swedishDateTimeFormat } from '../swedish-time.js';
import { PdfWriter } from './pdf-writer.js';

export interface CodeListPdfInput {
  municipalityName: string;
  /** Whose login the list is for, as printed on the sheet. */
  holderName: string;
  listId: string;
  issuedAt: Date;
  codes: readonly { number: number; code: string }[];
}

/**
 * A printed list of numbered one-time codes, in Swedish. The login page asks for "kod nummer N", so the
 * sheet is a numbered table; the instructions say what to do when it is lost, because whoever holds the
 * sheet and the password can log in.
 */
export async function renderCodeListPdf(input: CodeListPdfInput): Promise<Uint8Array> {
  const writer = await PdfWriter.create(
    `Kodlista – ${input.holderName}`,
    `${input.municipalityName} · Kodlista ${input.listId.slice(0, 8)}`,
  );
  writer.title('Kodlista för inloggning');
  writer.row('Kommun', input.municipalityName);
  writer.row('Till', input.holderName);
  writer.row('Utfärdad', swedishDateTimeFormat.format(input.issuedAt));
  writer.paragraph(
    'När du loggar in med lösenord och kodlista frågar e-tjänsten efter en kod med ett visst nummer. ' +
      'Skriv in koden med det numret. Varje kod fungerar en gång. En ny kodlista gör den här ogiltig.',
  );
  writer.paragraph(
    'Förvara listan på ett säkert ställe och inte tillsammans med ditt lösenord. Kontakta kommunen ' +
      'om du tappar bort listan, så spärrar de den och ger dig en ny.',
    { muted: true },
  );
  writer.heading('Koder');
  for (const { number, code } of input.codes)
    writer.row(`Kod nummer ${number}`, `${code.slice(0, 3)} ${code.slice(3)}`);
  return writer.save();
}
