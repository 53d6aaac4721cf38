import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { NotFoundError } from '../errors.js';
import type { FileStore } from './file-store.js';

const safeKey = /^[a-zA-Z0-9][a-zA-Z0-9/_.-]*$/;

export function createFolderStore(directory: string): FileStore {
  const resolve = (key: string) => {
    if (!safeKey.test(key) || key.includes('..')) throw new Error('Invalid storage key');
    return path.join(directory, key);
  };
  return {
    async put(key, body) {
      const target = resolve(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Write to a temporary name first so a failed upload never leaves a partial file under the key.
      const temporary = `${target}.partial`;
      try {
        await pipeline(body, createWriteStream(temporary));
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
    async get(key) {
      const target = resolve(key);
      try {
        await access(target);
      } catch {
        throw new NotFoundError('File not found');
      }
      return createReadStream(target);
    },
    async delete(key) {
      await rm(resolve(key), { force: true });
    },
    async check() {
      await mkdir(directory, { recursive: true });
      await access(directory);
    },
  };
}
