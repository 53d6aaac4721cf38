import { DECISION_OUTCOME_TEXT, formatKronor, formatMonth, type DecisionOutcome } from '@ebistans/schema';
import { swedishDateFormat } from '../swedish-time.js';
import { PdfWriter } from './pdf-writer.js';

export interface DecisionPdfInput {
  municipalityName: string;
  caseNumber: string;
  period: string;
  applicantName: string;
  decision: {
    outcome: DecisionOutcome;
    amount: number | null;
    motivation: string | null;
    hindrances: { name: string; text: string }[];
    calculation: {
      table: { year: number };
      lines: { label: string; amount: number }[];
      norm: number;
      approvedCosts: number;
      countedIncomes: number;
      total: number;
    };
    decidedAt: string;
    decidedBy: { name: string };
  };
}

function decisionSentence({ decision, period }: DecisionPdfInput): string {
  const month = formatMonth(period, 'sv');
  const amount = decision.amount === null ? '' : formatKronor(decision.amount);
  switch (decision.outcome) {
    case 'bifall':
      return `Du beviljas ekonomiskt bistånd (försörjningsstöd) med ${amount} för ${month}.`;
    case 'delavslag':
      return `Du beviljas ekonomiskt bistånd (försörjningsstöd) med ${amount} för ${month}. Det du har sökt utöver det avslås.`;
    case 'avslag':
      return `Din ansökan om ekonomiskt bistånd för ${month} avslås.`;
    case 'avvisning':
      return `Din ansökan om ekonomiskt bistånd för ${month} avvisas. Den har inte prövats i sak.`;
  }
}

/**
 * The decision letter (beslut) in Swedish: what was decided and for which month, the norm calculation line
 * by line, the reasons, the försörjningshinder recorded, and how to appeal — within three weeks to the
 * förvaltningsrätt, sent through the municipality (förvaltningslagen 43–44 §§).
 */
export async function renderDecisionPdf(input: DecisionPdfInput): Promise<Uint8Array> {
  const { decision } = input;
  const writer = await PdfWriter.create(
    `Beslut ${input.caseNumber}`,
    `${input.municipalityName} · Beslut om ekonomiskt bistånd · Ärende ${input.caseNumber}`,
  );
  writer.title('Beslut om ekonomiskt bistånd');
  writer.row('Kommun', input.municipalityName);
  writer.row('Ärendenummer', input.caseNumber);
  writer.row('Sökande', input.applicantName);
  writer.row('Period', formatMonth(input.period, 'sv'));
  writer.row('Beslutsdatum', swedishDateFormat.format(new Date(decision.decidedAt)));
  writer.row('Beslutsfattare', decision.decidedBy.name);

  writer.heading('Beslut');
  writer.row('Beslut', DECISION_OUTCOME_TEXT[decision.outcome].sv);
  if (decision.amount !== null) writer.row('Beviljat belopp', formatKronor(decision.amount));
  writer.paragraph(decisionSentence(input));

  writer.heading(`Beräkning enligt riksnormen ${decision.calculation.table.year}`);
  for (const line of decision.calculation.lines) writer.row(line.label, formatKronor(line.amount));
  writer.row('Norm', formatKronor(decision.calculation.norm));
  writer.row('Godkända kostnader', formatKronor(decision.calculation.approvedCosts));
  writer.row('Inkomster som räknas av', formatKronor(-decision.calculation.countedIncomes));
  writer.row('Resultat av beräkningen', formatKronor(decision.calculation.total));

  if (decision.motivation) {
    writer.heading('Motivering');
    writer.paragraph(decision.motivation);
  }

  if (decision.hindrances.length > 0) {
    writer.heading('Försörjningshinder');
    for (const hindrance of decision.hindrances) writer.row(hindrance.name, hindrance.text);
  }

  writer.heading('Hur du överklagar');
  writer.paragraph(
    'Om du inte är nöjd med beslutet kan du överklaga det hos förvaltningsrätten. Skicka överklagandet till ' +
      `${input.municipalityName}, inte direkt till förvaltningsrätten. Överklagandet måste ha kommit in till ` +
      'kommunen inom tre veckor från den dag du fick del av beslutet.',
  );
  writer.paragraph(
    `Skriv vilket beslut du överklagar (ärendenummer ${input.caseNumber}), hur du vill att beslutet ska ändras ` +
      'och varför. Skriv under överklagandet och ange namn, personnummer, adress och telefonnummer. Om du ' +
      'vill ha hjälp kan du kontakta din handläggare.',
  );
  return writer.save();
}
