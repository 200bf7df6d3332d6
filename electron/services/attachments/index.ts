export { AttachmentError } from './errors';
export { inspectAttachment, type InspectedAttachment } from './inspect';
export { MAX_IMAGE_BYTES, MAX_PDF_BYTES, MAX_PDF_PAGES, MAX_REQUEST_BYTES } from './limits';
export { resolveRunRequest } from './resolve-parts';
export { createAttachmentStore, type AttachmentStore, type StoredAttachment } from './store';
