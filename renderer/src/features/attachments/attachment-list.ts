import type { AttachmentRef } from '../../../../shared/chat/attachment';
import type { DuetError } from '../../../../shared/contract';

/** What the file chooser offers: the five types the host accepts (it checks the bytes again). */
export const ACCEPT = 'image/png,image/jpeg,image/gif,image/webp,application/pdf,.png,.jpg,.jpeg,.gif,.webp,.pdf';

export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function describePages(pages: number): string {
  return pages === 1 ? '1 page' : `${pages} pages`;
}

/** Adds a stored file; the same bytes attached twice stay one chip. */
export function addAttachment(list: readonly AttachmentRef[], ref: AttachmentRef): AttachmentRef[] {
  return list.some((item) => item.id === ref.id) ? [...list] : [...list, ref];
}

export function removeAttachment(list: readonly AttachmentRef[], id: string): AttachmentRef[] {
  return list.filter((item) => item.id !== id);
}

export type DocumentOptionsPatch = Partial<Pick<AttachmentRef, 'citations' | 'title' | 'context'>>;

export function updateAttachment(list: readonly AttachmentRef[], id: string, patch: DocumentOptionsPatch): AttachmentRef[] {
  return list.map((item) => (item.id === id ? { ...item, ...patch } : item));
}

/** The alert line for a file the host refused: always names the file, then the reason. */
export function describeAttachError(fileName: string, error: DuetError): string {
  return error.message.includes(fileName) ? error.message : `"${fileName}": ${error.message}`;
}
