import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

const require = createRequire(import.meta.url);
// DejaVu Sans covers Swedish and the other alphabets applicants' names come in; the PDF standard
// fonts only know WinAnsi and would fail on, say, "Łukasz" or "Şahin".
const fontFiles = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};
let fontBytes: Promise<{ regular: Buffer; bold: Buffer }> | undefined;

function loadFonts() {
  fontBytes ??= Promise.all([readFile(fontFiles.regular), readFile(fontFiles.bold)]).then(([regular, bold]) => ({
    regular,
    bold,
  }));
  return fontBytes;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const TEXT = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.35, 0.35, 0.35);
const RULE = rgb(0.75, 0.75, 0.75);

/** Splits text into lines that fit `width`, breaking at spaces (and inside words only when one is too long). */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = word;
      while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

/**
 * A top-to-bottom text flow over A4 pages: headings, paragraphs, label/value rows and signature
 * lines, with a new page whenever the next block does not fit. Just enough layout for documents a
 * caseworker reads and an applicant prints.
 */
export class PdfWriter {
  private page!: PDFPage;
  private y = 0;

  private constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    private readonly footer: string,
  ) {
    this.newPage();
  }

  static async create(title: string, footer: string): Promise<PdfWriter> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    doc.setTitle(title);
    doc.setLanguage('sv-SE');
    doc.setProducer('ebistans');
    const fonts = await loadFonts();
    const regular = await doc.embedFont(fonts.regular, { subset: true });
    const bold = await doc.embedFont(fonts.bold, { subset: true });
    return new PdfWriter(doc, regular, bold, footer);
  }

  private get width() {
    return A4.width - 2 * MARGIN;
  }

  private newPage() {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
  }

  private ensure(height: number) {
    if (this.y - height < MARGIN + 20) this.newPage();
  }

  private lines(lines: string[], x: number, size: number, font: PDFFont, color = TEXT) {
    for (const line of lines) {
      this.ensure(size * 1.4);
      this.y -= size * 1.4;
      this.page.drawText(line, { x, y: this.y, size, font, color });
    }
  }

  title(text: string) {
    this.lines(wrap(text, this.bold, 18, this.width), MARGIN, 18, this.bold);
    this.y -= 6;
  }

  heading(text: string, level: 1 | 2 = 1) {
    const size = level === 1 ? 13 : 11;
    this.ensure(size * 4);
    this.y -= level === 1 ? 14 : 6;
    this.lines(wrap(text, this.bold, size, this.width), MARGIN, size, this.bold);
    if (level === 1) {
      this.y -= 4;
      this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: A4.width - MARGIN, y: this.y }, color: RULE });
    }
    this.y -= 4;
  }

  paragraph(text: string, options: { muted?: boolean; size?: number } = {}) {
    const size = options.size ?? 10;
    this.lines(wrap(text, this.regular, size, this.width), MARGIN, size, this.regular, options.muted ? MUTED : TEXT);
    this.y -= 4;
  }

  /** A question and its answer side by side; long texts wrap within their column. */
  row(label: string, value: string, indent = 0) {
    const size = 10;
    const labelWidth = this.width * 0.45 - indent;
    const valueX = MARGIN + this.width * 0.48;
    const labelLines = wrap(label, this.regular, size, labelWidth);
    const valueLines = wrap(value, this.bold, size, this.width * 0.52);
    const count = Math.max(labelLines.length, valueLines.length);
    this.ensure(count * size * 1.4 + 4);
    for (let i = 0; i < count; i++) {
      this.y -= size * 1.4;
      const labelLine = labelLines[i];
      const valueLine = valueLines[i];
      if (labelLine)
        this.page.drawText(labelLine, { x: MARGIN + indent, y: this.y, size, font: this.regular, color: MUTED });
      if (valueLine) this.page.drawText(valueLine, { x: valueX, y: this.y, size, font: this.bold, color: TEXT });
    }
    this.y -= 4;
  }

  /** Lines to sign on by hand: place and date, signature, name in block letters. */
  signatureLines(who: string) {
    this.ensure(110);
    this.y -= 16;
    this.page.drawText(who, { x: MARGIN, y: this.y, size: 10, font: this.bold, color: TEXT });
    for (const caption of ['Ort och datum', 'Underskrift', 'Namnförtydligande']) {
      this.y -= 30;
      this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: MARGIN + 300, y: this.y }, color: TEXT });
      this.page.drawText(caption, { x: MARGIN, y: this.y - 10, size: 8, font: this.regular, color: MUTED });
    }
    this.y -= 14;
  }

  async save(): Promise<Uint8Array> {
    const pages = this.doc.getPages();
    pages.forEach((page, index) => {
      const text = `${this.footer} · Sida ${index + 1} av ${pages.length}`;
      page.drawText(text, { x: MARGIN, y: MARGIN - 24, size: 8, font: this.regular, color: MUTED });
    });
    return this.doc.save();
  }
}
