import type request from 'supertest';
import { extractText, getDocumentProxy } from 'unpdf';

/** supertest parser that keeps a binary body (a PDF) as a Buffer. */
export function binary(response: request.Response, callback: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** The text of a PDF as one line: wrapped lines and no-break spaces read as single spaces. */
export async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), pages: totalPages };
}
