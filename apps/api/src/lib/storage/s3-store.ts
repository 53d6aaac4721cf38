import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, NoSuchKey, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { Readable } from 'node:stream';
import type { FileStoreConfig } from '../../config/env.js';
import { NotFoundError } from '../errors.js';
import type { FileStore } from './file-store.js';

export function createS3Store(config: Extract<FileStoreConfig, { kind: 's3' }>): FileStore {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
  });
  return {
    async put(key, body, contentType) {
      // Multipart upload streams in parts, so a large receipt is never held in memory whole; one part
      // in flight at a time bounds the memory per upload to one 5 MB part.
      await new Upload({
        client,
        queueSize: 1,
        params: { Bucket: config.bucket, Key: key, Body: body, ContentType: contentType },
      }).done();
    },
    async get(key) {
      try {
        const result = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: key }));
        return result.Body as Readable;
      } catch (error) {
        if (error instanceof NoSuchKey) throw new NotFoundError('File not found');
        throw error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: config.bucket, Key: key }));
    },
    async check() {
      await client.send(new HeadBucketCommand({ Bucket: config.bucket }));
    },
  };
}
