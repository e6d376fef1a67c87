/**
 * Saves a Blob as a file through a temporary link, so nothing leaves the browser: no server
 * round trip, no other origin. The object URL is revoked once the click has been handled.
 */

/** Offers `blob` to the user as a download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; revoking later keeps slow browsers safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offers a text file (CSV, JSON, SVG) as a download. */
export function downloadText(text: string | readonly string[], fileName: string, type: string): void {
  downloadBlob(new Blob(typeof text === 'string' ? [text] : [...text], { type }), fileName);
}
