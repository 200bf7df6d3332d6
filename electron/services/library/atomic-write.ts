import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations an atomic write needs; tests pass failing ones. */
export interface WriteFs {
  open: typeof fs.open;
  rename: typeof fs.rename;
  rm: typeof fs.rm;
}

export const nodeWriteFs: WriteFs = { open: fs.open, rename: fs.rename, rm: fs.rm };

/**
 * Writes `text` to a temporary file beside `path`, flushes it to disk, then renames it over `path`,
 * so a reader (or a crash) sees the old file or the new one, never half of one. The temporary name
 * starts with "." so the library's list and watcher skip it.
 */
export async function writeFileAtomic(path: string, text: string, io: WriteFs = nodeWriteFs): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await io.open(temporary, 'wx', 0o644);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await io.rename(temporary, path);
  } catch (error) {
    await io.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
