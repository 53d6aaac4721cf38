/** One part of a hand-made multipart body: a field, or a file with exactly the name given. */
export type Part = { name: string; value: string } | { name: string; filename: string; content: Buffer };

const BOUNDARY = 'ebistans-test-boundary-7d1f';

/**
 * A multipart/form-data body built byte by byte, so tests can send what a browser would not: file names
 * with paths or control characters (form-data strips paths) and fields in a chosen order.
 */
export function multipartBody(parts: Part[]): { body: Buffer; contentType: string } {
  const chunks = parts.flatMap((part) => {
    const disposition =
      'filename' in part
        ? `form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: application/octet-stream`
        : `form-data; name="${part.name}"`;
    const content = 'filename' in part ? part.content : Buffer.from(part.value);
    return [Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n\r\n`), content, Buffer.from('\r\n')];
  });
  return {
    body: Buffer.concat([...chunks, Buffer.from(`--${BOUNDARY}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
  };
}
