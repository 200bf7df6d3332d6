/**
 * Anthropic's limits, checked when a file is attached so a run never fails on them later.
 * https://platform.claude.com/docs/en/build-with-claude/vision: at most 5 MB per image over the API.
 * https://platform.claude.com/docs/en/build-with-claude/pdf-support: a request of at most 32 MB,
 * and at most 100 pages per PDF.
 */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_REQUEST_BYTES = 32 * 1024 * 1024;
/** The PDF travels base64-encoded (4/3 larger) inside the 32 MB request. */
export const MAX_PDF_BYTES = Math.floor((MAX_REQUEST_BYTES * 3) / 4);
export const MAX_PDF_PAGES = 100;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
