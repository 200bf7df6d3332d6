import { createHash } from 'node:crypto';

/** A file's version: sha256 hex of its content, first 16 characters. */
export function contentVersion(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
