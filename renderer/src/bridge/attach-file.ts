import type { AttachmentRef } from '../../../shared/chat/attachment';
import type { DuetFiles, Result } from '../../../shared/contract';
import { bytesToBase64 } from '../lib/base64';
import { bridge } from './bridge';

/** Anthropic's request limit: larger files are refused before their bytes are read. */
const MAX_FILE_BYTES = 32 * 1024 * 1024;

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
 * Electron: only its path crosses (attachments.addPath); an image pasted from the clipboard has
 * no path, so its bytes cross once (attachments.addBytes). The web host never sees paths, so
 * every file's bytes are uploaded once (POST /api/attachments).
 */
export async function attachFile(file: File): Promise<Result<AttachmentRef>> {
  const path = window.duetFiles?.pathForFile(file) ?? '';
  if (path !== '') return bridge.invoke('attachments.addPath', { path });
  if (window.duetFiles) return attachBytes(file);
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

async function attachBytes(file: File): Promise<Result<AttachmentRef>> {
  const name = file.name || 'pasted image';
  if (file.size > MAX_FILE_BYTES) {
    const message = `"${name}" is larger than 32 MB, Anthropic's request limit, so it cannot be attached.`;
    return { ok: false, error: { code: 'request_too_large', message, retryable: false } };
  }
  return bridge.invoke('attachments.addBytes', { name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) });
}
