/** Hands a file made in the browser to the browser's own download, as a link to a server file would. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers read the file only after click() has returned.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
