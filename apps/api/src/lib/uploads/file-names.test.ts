import { describe, expect, it } from 'vitest';
import { attachmentDisposition, fileNameIssue } from './file-names.js';

describe('file names of uploads', () => {
  it.each(['hyresavi.pdf', 'Kontoutdrag för maj (1).PDF', 'IMG_0042.HEIC', '.pdf'])('accepts %j', (name) => {
    expect(fileNameIssue(name)).toBeUndefined();
  });

  it.each([
    '',
    '   ',
    '..',
    '../hyresavi.pdf',
    'a/b.pdf',
    'a\\b.pdf',
    'tab\there.pdf',
    'kvitto\u202Efdp.exe',
    'x'.repeat(201),
  ])('refuses %j', (name) => {
    expect(fileNameIssue(name)).toMatch(/^(Filen|Filnamnet) /);
  });
});

describe('the download name', () => {
  it('keeps a name whose extension matches the type, with an ASCII fallback', () => {
    expect(attachmentDisposition('Hyresavi maj.pdf', 'application/pdf')).toBe(
      `attachment; filename="Hyresavi maj.pdf"; filename*=UTF-8''Hyresavi%20maj.pdf`,
    );
    expect(attachmentDisposition('kvitto.JPEG', 'image/jpeg')).toContain('filename="kvitto.JPEG"');
  });

  it('adds the extension of the sniffed type, so a file never opens as something else', () => {
    expect(attachmentDisposition('räkning.pdf', 'image/png')).toBe(
      `attachment; filename="rakning.pdf.png"; filename*=UTF-8''r%C3%A4kning.pdf.png`,
    );
    expect(attachmentDisposition('skärmbild', 'image/heic')).toContain(`filename*=UTF-8''sk%C3%A4rmbild.heic`);
  });

  it('never lets a quote or a semicolon out of the ASCII name', () => {
    expect(attachmentDisposition('a";b\'(c).pdf', 'application/pdf')).toBe(
      `attachment; filename="a__b__c_.pdf"; filename*=UTF-8''a%22%3Bb%27%28c%29.pdf`,
    );
  });
});
