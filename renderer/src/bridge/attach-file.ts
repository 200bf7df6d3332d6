import type { AttachmentRef } from '../../../shared/chat/attachment';
import type { DuetFiles, Result } from '../../../shared/contract';
import { bridge } from './bridge';

/** Uploads emit no events, so any well-formed client id will do. */
const UPLOAD_CLIENT = crypto.randomUUID();

declare global {
  interface Window {
    /** Set by the Electron preload only. */
    duetFiles?: DuetFiles;
  }
}

/**
 * Hands a picked, dropped or pasted file to the host, which checks and stores it.
 * Electron: only its path crosses (attachments.addPath). A pasted image has no path, and the
 * web host never sees paths, so those bytes are uploaded once (POST /api/attachments).
 */
export async function attachFile(file: File): Promise<Result<AttachmentRef>> {
  const path = window.duetFiles?.pathForFile(file) ?? '';
  if (path !== '') return bridge.invoke('attachments.addPath', { path });
  if (window.duetFiles) {
    const message = `"${file.name || 'The pasted image'}" has no file on disk; save it as a file and attach that.`;
    return { ok: false, error: { code: 'invalid_request', message, retryable: false } };
  }
  try {
    const response = await fetch(`/api/attachments?name=${encodeURIComponent(file.name || 'pasted image')}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-duet-client': UPLOAD_CLIENT },
      body: file,
    });
    return (await response.json()) as Result<AttachmentRef>;
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return { ok: false, error: { code: 'network', message: `"${file.name}" could not be sent to the Duet host${detail}.`, retryable: true } };
  }
}
