import { problemError } from '@ebistans/ui';
import { attachmentsUrl, type AttachmentTarget } from '../lib/attachment-target';
import type { Attachment } from './get-draft-checklist';

export interface UploadRequest {
  target: AttachmentTarget;
  file: File;
  category: string;
  requirementId?: string | undefined;
  /** Bytes sent so far of the request's body. */
  onProgress: (loaded: number, total: number) => void;
  signal: AbortSignal;
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isAttachmentList(body: unknown): body is { items: Attachment[] } {
  return typeof body === 'object' && body !== null && 'items' in body && Array.isArray(body.items);
}

/**
 * Uploads one file to the draft or case with XMLHttpRequest, the only browser API that reports upload progress.
 * One file per request: the API stores a request's files all or none, and a refused photo must not
 * take the others with it. A failed request rejects with a ProblemError, a lost connection with a
 * TypeError (as fetch does), an abort with an AbortError.
 */
export function uploadAttachment({ target, file, category, requirementId, onProgress, signal }: UploadRequest) {
  return new Promise<Attachment[]>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', attachmentsUrl(target));
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded, event.total);
    });
    request.addEventListener('load', () => {
      const body = parseBody(request.responseText);
      if (request.status >= 200 && request.status < 300 && isAttachmentList(body)) resolve(body.items);
      else reject(problemError(body, request.status));
    });
    request.addEventListener('error', () => reject(new TypeError('The upload got no answer')));
    request.addEventListener('abort', () => reject(new DOMException('The upload was cancelled', 'AbortError')));
    signal.addEventListener('abort', () => request.abort(), { once: true });

    // The fields come before the file: the API reads them as it streams the file.
    const body = new FormData();
    body.append('category', category);
    if (requirementId) body.append('requirementId', requirementId);
    body.append('file', file, file.name);
    request.send(body);
  });
}
