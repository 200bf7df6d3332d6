import { createHash } from 'node:crypto';
import type { AttachmentRef } from '../../../shared/chat/attachment';
import { AttachmentError } from './errors';
import { formatBytes, MAX_IMAGE_BYTES, MAX_PDF_BYTES, MAX_PDF_PAGES } from './limits';
import { readPdfInfo } from './pdf-info';
import { ACCEPTED_TYPES, describeOtherType, sniffAttachmentType } from './sniff-type';

export type InspectedAttachment = Pick<AttachmentRef, 'id' | 'name' | 'mime' | 'size' | 'pages'>;

/**
 * Checks a file before it is stored: its type by magic bytes, Anthropic's size and page limits,
 * and that a PDF is readable. Throws an AttachmentError whose message names the file and the reason.
 */
export function inspectAttachment(bytes: Uint8Array, fileName: string): InspectedAttachment {
  const name = fileName.trim() || 'file';
  if (bytes.length === 0) throw new AttachmentError('invalid_request', `"${name}" is empty (0 bytes).`);
  const mime = sniffAttachmentType(bytes);
  if (!mime) throw new AttachmentError('invalid_request', `"${name}" is ${describeOtherType(bytes)}; Duet attaches ${ACCEPTED_TYPES} files.`);
  const id = createHash('sha256').update(bytes).digest('hex');
  const size = bytes.length;
  if (mime !== 'application/pdf') {
    if (size > MAX_IMAGE_BYTES) throw tooLarge(name, size, `images can be at most ${formatBytes(MAX_IMAGE_BYTES)}`);
    return { id, name, mime, size };
  }
  if (size > MAX_PDF_BYTES) throw tooLarge(name, size, `a PDF can be at most ${formatBytes(MAX_PDF_BYTES)} to fit Anthropic's 32 MB request limit`);
  const info = readPdfInfo(bytes);
  if (!info.ok) {
    const advice = info.problem === 'encrypted' ? 'Remove the password (print or export it to a new PDF) and attach that.' : 'Re-export or re-download it.';
    throw new AttachmentError('invalid_request', `"${name}" cannot be read as a PDF: ${info.detail}. ${advice}`);
  }
  if (info.pages > MAX_PDF_PAGES) {
    throw new AttachmentError('invalid_request', `"${name}" has ${info.pages} pages; Claude reads at most ${MAX_PDF_PAGES} pages per PDF. Split it and attach the part you need.`);
  }
  return { id, name, mime, size, pages: info.pages };
}

function tooLarge(name: string, size: number, limit: string): AttachmentError {
  return new AttachmentError('request_too_large', `"${name}" is ${formatBytes(size)}; ${limit}.`);
}
