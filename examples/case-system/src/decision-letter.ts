import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

export interface DecisionLetter {
  applicantName: string;
  caseNumber: string;
  externalCaseNumber: string;
  amount: number;
  period: { from: string; to: string };
  decidedOn: string;
}

/** Kronor the Swedish way, with a plain space between thousands (the PDF font has no narrow space). */
export const kronor = (amount: number) => `${amount.toLocaleString('sv-SE').replace(/\s/g, ' ')} kr`;

/**
 * The letter a case system sends with its decision: made here, uploaded to ebistans, and what the applicant
 * downloads under "Mina ärenden". The standard PDF fonts cover å, ä and ö (WinAnsi), so no font is embedded.
 */
export async function decisionLetter(letter: DecisionLetter): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Beslut om ekonomiskt bistånd, ärende ${letter.caseNumber}`);
  pdf.setLanguage('sv-SE');
  pdf.setProducer('ebistans case-system simulator');
  const page = pdf.addPage([595.28, 841.89]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let y = 780;
  const line = (text: string, options: { size?: number; font?: typeof regular; gap?: number } = {}) => {
    const size = options.size ?? 11;
    page.drawText(text, { x: 56, y, size, font: options.font ?? regular, color: rgb(0, 0, 0) });
    y -= options.gap ?? size * 1.6;
  };

  line('Socialtjänsten – Verksamhetssystemet (simulator)', { size: 9, gap: 36 });
  line('Beslut om ekonomiskt bistånd', { size: 18, font: bold, gap: 32 });
  line(`Till: ${letter.applicantName}`);
  line(`Ärende i e-tjänsten: ${letter.caseNumber}`);
  line(`Vårt diarienummer: ${letter.externalCaseNumber}`);
  line(`Beslutsdatum: ${letter.decidedOn}`, { gap: 28 });
  line('Beslut', { size: 13, font: bold });
  line('Du får ekonomiskt bistånd (bifall).');
  line(`Belopp: ${kronor(letter.amount)}`);
  line(`Period: ${letter.period.from} – ${letter.period.to}`, { gap: 28 });
  line('Så överklagar du', { size: 13, font: bold });
  line('Om du inte håller med om beslutet kan du överklaga det till förvaltningsrätten.');
  line('Skicka överklagandet till socialtjänsten inom tre veckor från den dag du fick beslutet.');
  return pdf.save();
}
