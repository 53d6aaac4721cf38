import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { caseAttachmentsKey } from '../api/list-case-attachments';
import { caseChecklistKey } from '../api/get-case-checklist';
import { draftChecklistKey } from '../api/get-draft-checklist';
import { uploadAttachment } from '../api/upload-attachment';
import type { AttachmentTarget } from '../lib/attachment-target';
import { isShownAsImage } from '../lib/file-types';
import { uploadErrorText } from '../lib/upload-error-text';

/** What a file is uploaded for: a receipt of the checklist, or none ("Övriga bifogade filer"). */
interface UploadPurpose {
  category: string;
  requirementId?: string | undefined;
}

/** A file on its way to the draft or case, or refused; once stored it is shown from the checklist instead. */
export interface Upload {
  key: string;
  fileName: string;
  /** As the browser guesses it from the name; the API decides from the bytes. */
  contentType: string;
  category: string;
  requirementId: string | undefined;
  /** An object URL of the photo being sent, for its thumbnail. */
  previewUrl: string | undefined;
  loaded: number;
  total: number;
  state: 'uploading' | 'failed';
  /** Why it was refused, in plain language. */
  errorText?: string;
}

let counter = 0;

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Uploads files to the draft or case, several at a time, each with its own progress. A refused file stays in
 * the list with the reason until the person removes it; the others are stored all the same.
 */
export function useUploads(target: AttachmentTarget) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const controllers = useRef(new Map<string, AbortController>());

  const patch = (key: string, changes: Partial<Upload>) =>
    setUploads((list) => list.map((upload) => (upload.key === key ? { ...upload, ...changes } : upload)));

  function forget(key: string) {
    setUploads((list) => {
      const previewUrl = list.find((upload) => upload.key === key)?.previewUrl;
      if (previewUrl) URL.revokeObjectURL(previewUrl);
      return list.filter((upload) => upload.key !== key);
    });
  }

  async function send(key: string, file: File, purpose: UploadPurpose, signal: AbortSignal) {
    try {
      await uploadAttachment({
        target,
        file,
        ...purpose,
        signal,
        onProgress: (loaded, total) => patch(key, { loaded, total }),
      });
      // The file leaves this list once the checklist shows it, so it never disappears in between.
      await Promise.all(
        target.kind === 'case'
          ? [
              queryClient.invalidateQueries({ queryKey: caseChecklistKey(target.caseId) }),
              queryClient.invalidateQueries({ queryKey: caseAttachmentsKey(target.caseId) }),
            ]
          : [queryClient.invalidateQueries({ queryKey: draftChecklistKey })],
      );
      forget(key);
      setAnnouncement(t('receipts.upload.done', { name: file.name }));
    } catch (error) {
      if (isAbort(error)) return;
      const errorText = uploadErrorText(error, t);
      patch(key, { state: 'failed', errorText });
      setAnnouncement(t('receipts.upload.failed', { name: file.name, reason: errorText }));
    } finally {
      controllers.current.delete(key);
    }
  }

  return {
    uploads,
    /** The latest upload finished or refused (or file removed), for a polite live region. */
    announcement,
    announce: setAnnouncement,
    start: (files: readonly File[], purpose: UploadPurpose) => {
      const started = files.map((file) => {
        counter += 1;
        const upload: Upload = {
          key: `upload-${counter}`,
          fileName: file.name,
          contentType: file.type,
          category: purpose.category,
          requirementId: purpose.requirementId,
          previewUrl: isShownAsImage(file.type) ? URL.createObjectURL(file) : undefined,
          loaded: 0,
          total: file.size,
          state: 'uploading',
        };
        const controller = new AbortController();
        controllers.current.set(upload.key, controller);
        void send(upload.key, file, purpose, controller.signal);
        return upload;
      });
      setUploads((list) => [...list, ...started]);
      setAnnouncement(t('receipts.upload.started', { count: files.length }));
    },
    /** Cancels an upload on its way, or clears a refused one from the list. */
    dismiss: (key: string) => {
      controllers.current.get(key)?.abort();
      forget(key);
    },
  };
}
