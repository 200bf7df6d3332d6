import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LibraryError, storageError } from './errors';

const TRASH_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** Moves a file, copying when the two folders are on different disks (rename cannot cross them). */
export async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to);
    await rm(from);
  }
}

/** Deleted prompts, kept in `<dir>/<trashId>.prompt` with `<trashId>.json` naming where each came from. */
export function createTrash(dir: string) {
  const filesOf = (trashId: string) => {
    if (!TRASH_ID.test(trashId)) throw new LibraryError('invalid_request', `"${trashId}" is not a trash id.`);
    return { bytes: join(dir, `${trashId}.prompt`), meta: join(dir, `${trashId}.json`) };
  };
  return {
    async put(absolute: string, path: string): Promise<string> {
      const trashId = `${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`;
      const files = filesOf(trashId);
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(files.meta, JSON.stringify({ path }));
        await moveFile(absolute, files.bytes);
      } catch (error) {
        await rm(files.meta, { force: true }).catch(() => undefined);
        throw storageError(error, `"${path}" was not deleted (it could not be moved to the trash)`);
      }
      return trashId;
    },
    /** Where a trashed file came from, and where its bytes are now. */
    async find(trashId: string): Promise<{ path: string; bytes: string; meta: string }> {
      const files = filesOf(trashId);
      const meta = await readFile(files.meta, 'utf8').catch(() => undefined);
      if (meta === undefined) throw new LibraryError('not_found', 'That deleted prompt is no longer in the trash, so it cannot be restored.');
      return { path: (JSON.parse(meta) as { path: string }).path, ...files };
    },
    async forget(trashId: string): Promise<void> {
      await rm(filesOf(trashId).meta, { force: true });
    },
  };
}
