import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic, type WriteFs } from './atomic-write';
import { contentVersion } from './content-version';
import { storageError } from './errors';
import { readIfPresent, resolveInLibrary } from './library-files';
import { createTrash } from './trash';

export interface Saved {
  path: string;
  version: string;
}

/** What the library's operations share: the folder, the versions this app knows, one queue, the trash. */
export interface LibraryContext {
  absolute(path: string): string;
  /** Version of each path as this app last wrote or saw it; null = it removed the file. */
  known: Map<string, string | null>;
  /** One operation at a time, so a version check and the write after it cannot be interleaved. */
  serial<T>(work: () => Promise<T>): Promise<T>;
  versionOnDisk(path: string): Promise<string | undefined>;
  /** Atomic write, remembered as this app's own; a full or read-only disk becomes a `storage` error. */
  write(path: string, text: string): Promise<Saved>;
  trash: ReturnType<typeof createTrash>;
}

export function createLibraryContext(folder: () => string, trashDir: string, io: WriteFs): LibraryContext {
  const known = new Map<string, string | null>();
  let queue: Promise<unknown> = Promise.resolve();
  const absolute = (path: string) => resolveInLibrary(folder(), path);
  return {
    absolute,
    known,
    trash: createTrash(trashDir),
    serial(work) {
      const next = queue.then(work, work);
      queue = next.catch(() => undefined);
      return next;
    },
    async versionOnDisk(path) {
      const text = await readIfPresent(absolute(path));
      return text === undefined ? undefined : contentVersion(text);
    },
    async write(path, text) {
      const target = absolute(path);
      try {
        await mkdir(dirname(target), { recursive: true });
        await writeFileAtomic(target, text, io);
      } catch (error) {
        throw storageError(error, `"${path}" was not saved`, ' Your text is still in the editor.');
      }
      const version = contentVersion(text);
      known.set(path, version);
      return { path, version };
    },
  };
}
