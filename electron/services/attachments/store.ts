import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { attachmentId, type AttachmentMime, type AttachmentRef } from '../../../shared/chat/attachment';
import { AttachmentError } from './errors';
import { inspectAttachment } from './inspect';
import { formatBytes, MAX_REQUEST_BYTES } from './limits';

export interface StoredAttachment {
  id: string;
  mime: AttachmentMime;
  size: number;
  pages?: number;
  bytes: Buffer;
}

export interface AttachmentStore {
  /** Checks and stores bytes (once per content) and answers with the reference. */
  add(bytes: Uint8Array, fileName: string): Promise<AttachmentRef>;
  /** Reads a file the user picked or dropped, then as `add`. */
  addPath(path: string): Promise<AttachmentRef>;
  /** The stored bytes and metadata; an AttachmentError (not_found) for an unknown id. */
  resolve(id: string): Promise<StoredAttachment>;
  /** Where the bytes of a stored attachment live (code export reads them from there). */
  pathOf(id: string): string;
  /** When the bytes were last stored (adding the same content again renews it); undefined when not stored. */
  modifiedAt(id: string): Promise<number | undefined>;
  /** Removes the bytes and their metadata; false when there was nothing to remove. */
  delete(id: string): Promise<boolean>;
}

interface Metadata {
  mime: AttachmentMime;
  size: number;
  pages?: number;
}

/** Content-addressed: `<dir>/<sha256>` holds the bytes and `<sha256>.json` what was checked about them. */
export function createAttachmentStore(dir: string): AttachmentStore {
  const add = async (bytes: Uint8Array, fileName: string): Promise<AttachmentRef> => {
    const inspected = inspectAttachment(bytes, fileName);
    const path = join(dir, inspected.id);
    if (!(await exists(path)) || !(await exists(`${path}.json`))) {
      await mkdir(dir, { recursive: true });
      const metadata: Metadata = { mime: inspected.mime, size: inspected.size, ...(inspected.pages !== undefined ? { pages: inspected.pages } : {}) };
      await writeAtomically(path, bytes);
      await writeAtomically(`${path}.json`, JSON.stringify(metadata));
    } else {
      // Stored before: renew its time, so cleaning up history never removes what was just attached.
      const now = new Date();
      await utimes(path, now, now).catch(() => undefined);
    }
    return inspected;
  };
  return {
    add,
    async addPath(path) {
      const name = basename(path);
      const info = await stat(path).catch(() => undefined);
      if (!info) throw new AttachmentError('not_found', `"${name}" could not be read: there is no such file.`);
      if (!info.isFile()) throw new AttachmentError('invalid_request', `"${name}" is a folder, not a file.`);
      if (info.size > MAX_REQUEST_BYTES) throw new AttachmentError('request_too_large', `"${name}" is ${formatBytes(info.size)}; Anthropic accepts at most ${formatBytes(MAX_REQUEST_BYTES)} per request.`);
      return add(await readFile(path), name);
    },
    pathOf(id) {
      if (!attachmentId.safeParse(id).success) throw unknown(id);
      return join(dir, id);
    },
    async modifiedAt(id) {
      if (!attachmentId.safeParse(id).success) return undefined;
      const info = await stat(join(dir, id)).catch(() => undefined);
      return info?.mtimeMs;
    },
    async delete(id) {
      if (!attachmentId.safeParse(id).success) return false;
      const path = join(dir, id);
      const existed = await exists(path);
      // Metadata first: a file without it is not resolvable, so a half-done delete never serves stale metadata.
      await rm(`${path}.json`, { force: true });
      await rm(path, { force: true });
      return existed;
    },
    async resolve(id) {
      if (!attachmentId.safeParse(id).success) throw unknown(id);
      const path = join(dir, id);
      const [bytes, metadata] = await Promise.all([readFile(path), readFile(`${path}.json`, 'utf8')]).catch(() => {
        throw unknown(id);
      });
      const { mime, size, pages } = JSON.parse(metadata) as Metadata;
      return { id, mime, size, ...(pages !== undefined ? { pages } : {}), bytes };
    },
  };
}

function unknown(id: string): AttachmentError {
  return new AttachmentError('not_found', `Attachment ${id.slice(0, 12)}… is not in Duet's attachment store (it may have been deleted). Attach the file again.`);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Temp file + rename, so a crash never leaves half a file under its final name. */
async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
