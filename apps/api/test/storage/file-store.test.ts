import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import S3rver from 's3rver';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../src/lib/errors.js';
import { createFileStore, type FileStore } from '../../src/lib/storage/index.js';
import { createTestApp } from '../helpers/test-app.js';

const BUCKET = 'verifikat';
const root = mkdtempSync(path.join(tmpdir(), 'ebistans-files-'));
let s3: S3rver;
let s3Endpoint = '';

beforeAll(async () => {
  // s3rver speaks the S3 protocol over HTTP, so the real AWS SDK code path is exercised.
  s3 = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: path.join(root, 's3'),
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { address, port } = (await s3.run()) as { address: string; port: number };
  s3Endpoint = `http://${address}:${port}`;
});

afterAll(async () => {
  await s3.close();
  rmSync(root, { recursive: true, force: true });
});

const stores: [string, () => FileStore][] = [
  ['folder', () => createFileStore({ kind: 'folder', directory: path.join(root, 'folder') })],
  [
    's3',
    () =>
      createFileStore({
        kind: 's3',
        bucket: BUCKET,
        endpoint: s3Endpoint,
        region: 'eu-north-1',
        accessKeyId: 'S3RVER',
        secretAccessKey: 'S3RVER',
        forcePathStyle: true,
      }),
  ],
];

describe.each(stores)('%s file store', (_kind, create) => {
  it('stores a streamed file, reads it back and deletes it', async () => {
    const store = create();
    await store.check();
    const key = 'municipality-1/case-1/hyresavi.pdf';
    await store.put(key, Readable.from(['%PDF-1.7 ', 'hyresavi']), 'application/pdf');
    expect(await text(await store.get(key))).toBe('%PDF-1.7 hyresavi');
    await store.delete(key);
    await expect(store.get(key)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('leaves nothing under the key when the upload stream fails', async () => {
    const store = create();
    const key = 'municipality-1/case-1/broken.jpg';
    const failing = new Readable({
      read() {
        this.push(Buffer.alloc(1024, 1));
        this.destroy(new Error('connection lost'));
      },
    });
    await expect(store.put(key, failing, 'image/jpeg')).rejects.toThrow();
    await expect(store.get(key)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('the app on an S3 service', () => {
  it('is ready with S3 settings in the environment, and not ready when the bucket is missing', async () => {
    const s3Env = {
      S3_ENDPOINT: s3Endpoint,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
    };
    const onS3 = await createTestApp({ ...s3Env, S3_BUCKET: BUCKET });
    const wrongBucket = await createTestApp({ ...s3Env, S3_BUCKET: 'no-such-bucket' });
    try {
      await request(onS3.app.server).get('/api/health/ready').expect(200);
      const response = await request(wrongBucket.app.server).get('/api/health/ready').expect(503);
      expect(response.body.detail).toBe('Not ready: file store');
    } finally {
      await onS3.close();
      await wrongBucket.close();
    }
  });
});

describe('file store readiness', () => {
  it('fails the check when the S3 bucket does not exist', async () => {
    const store = createFileStore({
      kind: 's3',
      bucket: 'no-such-bucket',
      endpoint: s3Endpoint,
      region: 'eu-north-1',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
    });
    await expect(store.check()).rejects.toThrow();
  });
});
