import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { LibraryEntry } from '../../../shared/contract';
import { nodeWriteFs, writeFileAtomic, type WriteFs } from './atomic-write';
import { contentVersion } from './content-version';
import { describePrompt } from './describe-prompt';
import { LibraryError, storageError } from './errors';
import { exists, listPromptPaths, readIfPresent, resolveInLibrary } from './library-files';
import { createTrash, moveFile } from './trash';

export interface LibraryServiceOptions {
  /** The library folder now (it can be changed in Settings). */
  folder(): string;
  trashDir: string;
  /** File operations for writes; tests inject failing ones. */
  io?: WriteFs;
}

export interface Saved {
  path: string;
  version: string;
}

export interface LibraryService {
  list(query?: string): Promise<{ folder: string; files: LibraryEntry[] }>;
  read(path: string): Promise<{ path: string; text: string; version: string }>;
  save(path: string, text: string, expectedVersion: string | null): Promise<Saved>;
  rename(from: string, to: string): Promise<Saved>;
  duplicate(path: string): Promise<Saved>;
  delete(path: string): Promise<{ trashId: string }>;
  restore(trashId: string): Promise<Saved>;
  /**
   * Whether the file at `path` differs from what this app last wrote or saw there (undefined = gone),
   * remembering what it is now so one outside change is reported once. The watcher asks this.
   */
  changedOutside(path: string): Promise<boolean>;
  /** The folder changed: what was known of the old one's files says nothing about the new one's. */
  forgetVersions(): void;
}

/** The prompt files of the library folder: versioned reads, conflict-checked atomic writes, a trash for deletes. */
export function createLibraryService({ folder, trashDir, io = nodeWriteFs }: LibraryServiceOptions): LibraryService {
  const trash = createTrash(trashDir);
  /** Version of each path as this app last wrote or saw it; null = it removed the file. */
  const known = new Map<string, string | null>();
  // One operation at a time, so a version check and the write after it cannot be interleaved.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const absolute = (path: string) => resolveInLibrary(folder(), path);

  const versionOnDisk = async (path: string): Promise<string | undefined> => {
    const text = await readIfPresent(absolute(path));
    return text === undefined ? undefined : contentVersion(text);
  };

  const write = async (path: string, text: string): Promise<Saved> => {
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
  };

  const entryOf = async (path: string, query: string): Promise<LibraryEntry | undefined> => {
    const file = absolute(path);
    const [text, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]).catch(() => [undefined, undefined] as const);
    if (text === undefined || !info) return undefined;
    const summary = describePrompt(text);
    if (query && ![summary.name ?? '', path, text].some((field) => field.toLowerCase().includes(query))) return undefined;
    return { path, ...summary, modifiedAt: Math.round(info.mtimeMs), size: info.size, version: contentVersion(text) };
  };

  const freeCopyName = async (path: string): Promise<string> => {
    const stem = path.slice(0, -'.prompt'.length).replace(/ copy( \d+)?$/, '');
    for (let index = 1; index < 1000; index += 1) {
      const candidate = `${stem} copy${index === 1 ? '' : ` ${index}`}.prompt`;
      if (!(await exists(absolute(candidate)))) return candidate;
    }
    throw new LibraryError('conflict', `There are too many copies of "${path}" already.`);
  };

  return {
    async list(query = '') {
      const root = folder();
      const needle = query.trim().toLowerCase();
      const paths = await listPromptPaths(root);
      const entries = await Promise.all(paths.map((path) => entryOf(path, needle)));
      return { folder: root, files: entries.filter((entry): entry is LibraryEntry => entry !== undefined) };
    },
    async read(path) {
      const text = await readIfPresent(absolute(path));
      if (text === undefined) throw new LibraryError('not_found', `"${path}" is not in the library folder (it may have been moved or deleted).`);
      const version = contentVersion(text);
      known.set(path, version);
      return { path, text, version };
    },
    save: (path, text, expectedVersion) =>
      serial(async () => {
        const current = await versionOnDisk(path);
        if (expectedVersion === null && current !== undefined) throw new LibraryError('conflict', `"${path}" already exists; pick another name or open it first.`);
        if (expectedVersion !== null && current === undefined) throw new LibraryError('conflict', `"${path}" was deleted or moved on disk since you opened it; nothing was saved.`);
        if (expectedVersion !== null && current !== expectedVersion) throw new LibraryError('conflict', `"${path}" changed on disk since you opened it; nothing was overwritten.`);
        return write(path, text);
      }),
    rename: (from, to) =>
      serial(async () => {
        const text = await readIfPresent(absolute(from));
        if (text === undefined) throw new LibraryError('not_found', `"${from}" is not in the library folder any more.`);
        if (from !== to && (await exists(absolute(to)))) throw new LibraryError('conflict', `"${to}" already exists; pick another name.`);
        try {
          await mkdir(dirname(absolute(to)), { recursive: true });
          await moveFile(absolute(from), absolute(to));
        } catch (error) {
          throw storageError(error, `"${from}" was not renamed`);
        }
        const version = contentVersion(text);
        known.set(from, null);
        known.set(to, version);
        return { path: to, version };
      }),
    duplicate: (path) =>
      serial(async () => {
        const text = await readIfPresent(absolute(path));
        if (text === undefined) throw new LibraryError('not_found', `"${path}" is not in the library folder any more.`);
        return write(await freeCopyName(path), text);
      }),
    delete: (path) =>
      serial(async () => {
        if (!(await exists(absolute(path)))) throw new LibraryError('not_found', `"${path}" is not in the library folder any more.`);
        const trashId = await trash.put(absolute(path), path);
        known.set(path, null);
        return { trashId };
      }),
    restore: (trashId) =>
      serial(async () => {
        const trashed = await trash.find(trashId);
        const target = absolute(trashed.path);
        if (await exists(target)) throw new LibraryError('conflict', `"${trashed.path}" cannot be restored: another file has that name now. Rename that one first.`);
        try {
          await mkdir(dirname(target), { recursive: true });
          await moveFile(trashed.bytes, target);
        } catch (error) {
          throw storageError(error, `"${trashed.path}" was not restored`);
        }
        const version = contentVersion(await readFile(target, 'utf8'));
        known.set(trashed.path, version);
        await trash.forget(trashId);
        return { path: trashed.path, version };
      }),
    forgetVersions: () => known.clear(),
    async changedOutside(path) {
      const now = (await versionOnDisk(path)) ?? null;
      const before = known.get(path);
      known.set(path, now);
      return before === undefined ? true : before !== now;
    },
  };
}
