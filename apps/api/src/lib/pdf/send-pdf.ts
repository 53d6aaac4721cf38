import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';

/** Sends a PDF as a download named after what it is, e.g. `ansokan-2026-000123.pdf`. */
export function sendPdf(reply: FastifyReply, fileName: string, body: Readable | Buffer) {
  return reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'private, no-store')
    .send(body);
}
