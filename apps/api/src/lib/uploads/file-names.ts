import { ACCEPTED_CONTENT_TYPES, type AcceptedContentType } from './sniff-content-type.js';

const isAccepted = (type: string): type is AcceptedContentType =>
  (ACCEPTED_CONTENT_TYPES as readonly string[]).includes(type);

const MAX_NAME_LENGTH = 200;
/** Control characters, and the bidirectional controls used to disguise an extension ("kvitto\u202Efdp.exe"). */
const UNSAFE_CHARACTERS = /[\p{Cc}\p{Bidi_Control}]/u;

/** Why a client-sent file name is refused, in Swedish for the applicant; undefined when it is fine. */
export function fileNameIssue(name: string): string | undefined {
  if (name.trim() === '') return 'Filen saknar namn. Ge filen ett namn och försök igen.';
  if (name.length > MAX_NAME_LENGTH) return `Filnamnet är för långt. Använd högst ${MAX_NAME_LENGTH} tecken.`;
  if (/[/\\]/.test(name) || name === '.' || name === '..') {
    return 'Filnamnet får inte innehålla en sökväg (/, \\ eller ..). Byt namn på filen och försök igen.';
  }
  if (UNSAFE_CHARACTERS.test(name)) return 'Filnamnet innehåller otillåtna tecken. Byt namn på filen och försök igen.';
  return undefined;
}

const EXTENSIONS: Record<AcceptedContentType, readonly [string, ...string[]]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/heic': ['heic'],
  'image/heif': ['heif', 'heic'],
};

/**
 * `Content-Disposition: attachment` with the stored name, its extension made to match the sniffed type
 * (a JPEG called .pdf is saved as .pdf.jpg), an ASCII fallback and the UTF-8 name (RFC 6266/8187).
 */
export function attachmentDisposition(name: string, contentType: string, inline = false): string {
  const extensions = isAccepted(contentType) ? EXTENSIONS[contentType] : undefined;
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  const fullName = !extensions || (extension && extensions.includes(extension)) ? name : `${name}.${extensions[0]}`;
  const ascii = fullName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._ -]/g, '_');
  const encoded = encodeURIComponent(fullName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
