import { isShownAsImage } from '../lib/file-types';

/** A small picture of a photo, or a file icon for a PDF or HEIC; decorative, as the file's name is beside it. */
export function FileThumbnail({ contentType, src }: { contentType: string; src: string | undefined }) {
  if (src && isShownAsImage(contentType)) {
    return <img className="file__thumbnail" src={src} alt="" width={56} height={56} loading="lazy" />;
  }
  const label = contentType === 'application/pdf' ? 'PDF' : contentType.startsWith('image/') ? 'BILD' : 'FIL';
  return (
    <svg className="file__thumbnail file__icon" viewBox="0 0 40 48" width={56} height={56} aria-hidden="true">
      <path d="M4 2h22l10 10v34H4z" fill="#fff" stroke="currentColor" strokeWidth="2" />
      <path d="M26 2v10h10" fill="none" stroke="currentColor" strokeWidth="2" />
      <text x="20" y="36" textAnchor="middle" fontSize="9" fontWeight="700" fill="currentColor">
        {label}
      </text>
    </svg>
  );
}
