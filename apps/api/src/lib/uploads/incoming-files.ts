import type { FastifyMultipartOptions } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { UploadRefusedError } from './upload-refused-error.js';

/** One file of an upload request, with the form fields sent before it. */
export interface IncomingFile {
  fileName: string;
  category: string | undefined;
  requirementId: string | undefined;
  content: Readable;
}

const MAX_FILES_PER_REQUEST = 10;

/**
 * Limits for @fastify/multipart. A file is cut one byte past the maximum, so storeUpload's meter sees
 * that it is too large; file names keep their path so that a path can be refused rather than stripped.
 */
export function multipartOptions(maxBytes: number): FastifyMultipartOptions {
  return {
    preservePath: true,
    limits: { fileSize: maxBytes + 1, files: MAX_FILES_PER_REQUEST, fields: 20, fieldSize: 200, parts: 30 },
  };
}

/** The files of a multipart request in order, each with the `category` and `requirementId` fields before it. */
export async function* incomingFiles(request: FastifyRequest): AsyncGenerator<IncomingFile> {
  if (!request.isMultipart()) {
    throw new UploadRefusedError('unsupported-media-type', 'Send the files as multipart/form-data');
  }
  const fields = new Map<string, string>();
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      if (typeof part.value === 'string') fields.set(part.fieldname, part.value);
      continue;
    }
    yield {
      fileName: part.filename,
      category: fields.get('category'),
      requirementId: fields.get('requirementId') || undefined,
      content: part.file,
    };
  }
}
