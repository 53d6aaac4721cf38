import { createHash } from 'node:crypto';
import { Readable, Transform, pipeline, type TransformCallback } from 'node:stream';
import type { FileStore } from '../storage/index.js';
import { SNIFF_BYTES, sniffContentType, type AcceptedContentType } from './sniff-content-type.js';
import { UploadRefusedError } from './upload-refused-error.js';

/** "15 MB", "64 kB": the limit as the applicant reads it. */
function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.floor(bytes / (1024 * 1024))} MB` : `${Math.floor(bytes / 1024)} kB`;
}

interface StoredUpload {
  contentType: AcceptedContentType;
  sizeBytes: number;
  sha256: string;
}

/** Counts and hashes the bytes on their way to the store, and fails the stream once there are too many. */
class Meter extends Transform {
  private readonly hash = createHash('sha256');
  bytes = 0;
  exceeded = false;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) {
      this.exceeded = true;
      done(new Error('upload exceeds the size limit'));
      return;
    }
    this.hash.update(chunk);
    done(null, chunk);
  }

  digest() {
    return this.hash.digest('hex');
  }
}

/**
 * Reads the first `size` bytes (fewer if the file is shorter) and gives a stream of the whole file that
 * starts with them, so the type is known before the store is asked to take the file.
 */
async function peek(source: Readable, size: number) {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const chunks: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    chunks.push(next.value);
    length += next.value.length;
  }
  const rest: AsyncIterable<Buffer> = { [Symbol.asyncIterator]: () => iterator };
  async function* whole() {
    yield* chunks;
    // Leaving this loop early (the consumer failed) returns the iterator, which destroys the source.
    if (!ended) for await (const chunk of rest) yield chunk;
  }
  return {
    head: Buffer.concat(chunks),
    whole: Readable.from(whole(), { objectMode: false }),
    abandon: async () => {
      await iterator.return?.();
    },
  };
}

/**
 * Streams one uploaded file into the store under `key`: refuses it unless its bytes say it is an accepted
 * type, and aborts once it passes `maxBytes`. Nothing is left under the key when it fails.
 */
export async function storeUpload(
  store: FileStore,
  key: string,
  source: Readable,
  file: { name: string; maxBytes: number },
): Promise<StoredUpload> {
  const { head, whole, abandon } = await peek(source, SNIFF_BYTES);
  const contentType = sniffContentType(head);
  if (!contentType) {
    await abandon();
    throw new UploadRefusedError(
      'unsupported-file-type',
      head.length === 0
        ? `Filen ”${file.name}” är tom.`
        : `Filen ”${file.name}” är inte en PDF eller en bild i formatet JPEG, PNG eller HEIC. ` +
            'Spara den som PDF eller fotografera papperet och försök igen.',
    );
  }
  const meter = new Meter(file.maxBytes);
  try {
    // pipeline() passes a failure of either stream on to the other; put() sees it through the meter.
    await store.put(
      key,
      pipeline(whole, meter, () => undefined),
      contentType,
    );
  } catch (error) {
    // Releases the upload stream if the store failed before reading it all.
    meter.destroy();
    // The stores clean up after a failed put themselves; this makes sure whatever the store is.
    await store.delete(key).catch(() => undefined);
    if (meter.exceeded) {
      throw new UploadRefusedError(
        'file-too-large',
        `Filen ”${file.name}” är större än ${formatSize(file.maxBytes)}. ` +
          'Ladda upp en mindre fil, till exempel en bild med lägre upplösning, eller dela upp dokumentet i flera filer.',
      );
    }
    throw error;
  }
  return { contentType, sizeBytes: meter.bytes, sha256: meter.digest() };
}

/** Removes stored objects whose rows never came (or are gone); a failure leaves an orphan, logged. */
export async function removeStoredObjects(
  fileStore: Pick<FileStore, 'delete'>,
  log: { warn: (details: object, message: string) => void },
  storageKeys: string[],
) {
  for (const storageKey of storageKeys) {
    try {
      await fileStore.delete(storageKey);
    } catch (error) {
      log.warn({ err: error }, 'could not remove a file from the file store');
    }
  }
}
