import { describe, expect, it } from 'vitest';
import { sniffContentType } from './sniff-content-type.js';

/** The start of an ISO base media file: an `ftyp` box with a major brand and compatible brands. */
function ftyp(major: string, ...compatible: string[]): Buffer {
  const size = 16 + 4 * compatible.length;
  const box = Buffer.alloc(size);
  box.writeUInt32BE(size, 0);
  box.write('ftyp', 4, 'latin1');
  box.write(major, 8, 'latin1');
  compatible.forEach((brand, index) => box.write(brand, 16 + 4 * index, 'latin1'));
  return Buffer.concat([box, Buffer.alloc(16)]);
}

describe('sniffing the type of a receipt from its first bytes', () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ'), 'application/pdf'],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg'],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'image/png'],
    ['an iPhone HEIC', ftyp('heic', 'mif1', 'heic'), 'image/heic'],
    ['a HEIF whose major brand is generic', ftyp('mif1', 'heic'), 'image/heic'],
    ['a HEIF image', ftyp('mif1', 'mif1'), 'image/heif'],
  ])('knows %s', (_what, head, type) => {
    expect(sniffContentType(head)).toBe(type);
  });

  it.each([
    ['text', Buffer.from('Hyra 7400 kr')],
    ['nothing', Buffer.alloc(0)],
    ['a GIF', Buffer.from('GIF89a')],
    ['a ZIP (and so a Word document)', Buffer.from([0x50, 0x4b, 0x03, 0x04])],
    ['an AVIF in a HEIF container', ftyp('avif', 'mif1', 'miaf')],
    ['an MP4 video', ftyp('isom', 'iso2', 'mp41')],
    ['a PDF signature that is not at the start', Buffer.from(' %PDF-1.7')],
  ])('refuses %s', (_what, head) => {
    expect(sniffContentType(head)).toBeUndefined();
  });
});
