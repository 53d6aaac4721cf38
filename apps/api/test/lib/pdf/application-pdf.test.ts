import { describe, expect, it } from 'vitest';
import { exampleMonthlyApplication, manadsansokanV2, requiredReceipts } from '@ebistans/schema';
import { renderApplicationPdf, type PdfReceipt } from '../../../src/lib/pdf/application-pdf.js';
import { pdfText } from '../../helpers/pdf.js';

const data = exampleMonthlyApplication('2026-12');
const receipts: PdfReceipt[] = requiredReceipts(manadsansokanV2, data).map((receipt, index) => ({
  label: receipt.label.sv,
  status: index === 0 ? 'attached' : index === 1 ? 'send_later' : 'missing',
  files: index === 0 ? ['kontoutdrag-november.pdf'] : [],
}));

describe('the application PDF', () => {
  it('holds the case, every answer in readable sections, the receipts and the signature evidence', async () => {
    const bytes = await renderApplicationPdf({
      kind: 'submitted',
      municipalityName: 'Demo kommun',
      form: manadsansokanV2,
      data: { ...data, coApplicant: { ...(data.coApplicant as object), name: 'Łukasz Şahin Åström' } },
      receipts,
      caseNumber: '2026-000042',
      submittedAt: new Date('2026-11-22T09:15:00Z'),
      applicant: { name: 'Tolvan Tolvansson', personnummer: '191212121212' },
      signature: { method: 'bankid', signedAt: new Date('2026-11-22T09:15:00Z'), name: 'Tolvan Tolvansson' },
    });
    const { text, pages } = await pdfText(bytes);
    expect(pages).toBeGreaterThan(1);
    for (const expected of [
      'Ansökan om ekonomiskt bistånd, fortsatt ansökan',
      'Ärende 2026-000042',
      '22 november 2026 kl. 10:15',
      '19121212-1212',
      'Din medsökande',
      'Łukasz Şahin Åström',
      'Barn 2',
      'Elis Tolvansson',
      '15 dagar',
      '7 400 kr',
      'december 2026',
      'Hushållsel',
      'Bifogad (kontoutdrag-november.pdf)',
      'Skickas senare',
      'Saknas',
      'Underskriven med BankID av Tolvan Tolvansson',
      `Sida ${pages} av ${pages}`,
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('for printing: blank lines for who applies, signature lines for both adults, nothing about a case', async () => {
    const bytes = await renderApplicationPdf({
      kind: 'print',
      municipalityName: 'Demo kommun',
      form: manadsansokanV2,
      data,
      receipts,
    });
    const { text } = await pdfText(bytes);
    expect(text).toContain('Skriv ut ansökan, skriv under den och skicka den');
    expect(text).toContain('Sökandens namn');
    expect(text.match(/Namnförtydligande/g)).toHaveLength(2);
    expect(text).toContain('Medsökande');
    expect(text).not.toContain('Ärendenummer');
    expect(text).not.toContain('Saknas');
  });
});
