/** What the API accepts (it checks the bytes, not the name): PDF, JPEG, PNG and the iPhone's HEIC/HEIF. */
export const ACCEPTED_TYPES = 'application/pdf,image/jpeg,image/png,image/heic,image/heif';

/** The camera takes photos only; a PDF cannot come from it. */
export const CAMERA_TYPES = 'image/jpeg,image/png,image/heic,image/heif';

/** Images every browser can show as a thumbnail; HEIC is shown as a file icon, like a PDF. */
export function isShownAsImage(contentType: string): boolean {
  return contentType === 'image/jpeg' || contentType === 'image/png';
}

/** "120 kB", "2,4 MB": a file's size as people read it. */
export function formatFileSize(bytes: number, locale: string): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}
