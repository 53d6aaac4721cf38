import type { FileStoreConfig } from '../../config/env.js';
import type { FileStore } from './file-store.js';
import { createFolderStore } from './folder-store.js';
import { createS3Store } from './s3-store.js';

export type { FileStore } from './file-store.js';

export function createFileStore(config: FileStoreConfig): FileStore {
  return config.kind === 's3' ? createS3Store(config) : createFolderStore(config.directory);
}
