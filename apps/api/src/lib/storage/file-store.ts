import type { Readable } from 'node:stream';

/** Where receipts and PDFs live: a local folder in embedded mode, an S3 service in production. */
export interface FileStore {
  put(key: string, body: Readable, contentType: string): Promise<void>;
  get(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
  /** Throws if the store cannot be reached; used by /api/health/ready. */
  check(): Promise<void>;
}
