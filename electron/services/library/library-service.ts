import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { LibraryEntry } from '../../../shared/contract';
import { nodeWriteFs, type WriteFs } from './atomic-write';
import { contentVersion } from './content-version';
import { describePrompt } from './describe-prompt';
import { LibraryError, storageError } from './errors';
import { createLibraryContext, type LibraryContext, type Saved } from './library-context';
import { exists, listPromptPaths, readIfPresent } from './library-files';
import { moveFile } from './trash';

export type { Saved } from './library-context';

export interface LibraryServiceOptions {
  /** The library folder now (it can be changed in Settings). */
  folder(): string;
  trashDir: string;
  /** File operations for writes; tests inject failing ones. */
  io?: WriteFs;
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
  const context = createLibraryContext(folder, trashDir, io);
  const { serial, known } = context;
  return {
    list: (query = '') => listEntries(context, folder(), query.trim().toLowerCase()),
    read: (path) => readPrompt(context, path),
    save: (path, text, expectedVersion) => serial(() => saveChecked(context, path, text, expectedVersion)),
    rename: (from, to) => serial(() => renameFile(context, from, to)),
    duplicate: (path) => serial(() => duplicateFile(context, path)),
    delete: (path) =>
      serial(async () => {
        if (!(await exists(context.absolute(path)))) throw missing(path);
        const trashId = await context.trash.put(context.absolute(path), path);
        known.set(path, null);
        return { trashId };
      }),
    restore: (trashId) => serial(() => restoreFile(context, trashId)),
    forgetVersions: () => known.clear(),
    async changedOutside(path) {
      const now = (await context.versionOnDisk(path)) ?? null;
      const before = known.get(path);
      known.set(path, now);
      return before === undefined ? true : before !== now;
    },
  };
}

const missing = (path: string) => new LibraryError('not_found', `"${path}" is not in the library folder any more (it may have been moved or deleted).`);

async function listEntries(context: LibraryContext, root: string, needle: string): Promise<{ folder: string; files: LibraryEntry[] }> {
  const entryOf = async (path: string): Promise<LibraryEntry | undefined> => {
    const file = context.absolute(path);
    const [text, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]).catch(() => [undefined, undefined] as const);
    if (text === undefined || !info) return undefined;
    const summary = describePrompt(text);
    if (needle && ![summary.name ?? '', path, text].some((field) => field.toLowerCase().includes(needle))) return undefined;
    return { path, ...summary, modifiedAt: Math.round(info.mtimeMs), size: info.size, version: contentVersion(text) };
  };
  const entries = await Promise.all((await listPromptPaths(root)).map(entryOf));
  return { folder: root, files: entries.filter((entry): entry is LibraryEntry => entry !== undefined) };
}

async function readPrompt(context: LibraryContext, path: string): Promise<{ path: string; text: string; version: string }> {
  const text = await readIfPresent(context.absolute(path));
  if (text === undefined) throw missing(path);
  const version = contentVersion(text);
  context.known.set(path, version);
  return { path, text, version };
}

async function saveChecked(context: LibraryContext, path: string, text: string, expectedVersion: string | null): Promise<Saved> {
  const current = await context.versionOnDisk(path);
  if (expectedVersion === null && current !== undefined) throw new LibraryError('conflict', `"${path}" already exists; pick another name or open it first.`);
  if (expectedVersion !== null && current === undefined) throw new LibraryError('conflict', `"${path}" was deleted or moved on disk since you opened it; nothing was saved.`);
  if (expectedVersion !== null && current !== expectedVersion) throw new LibraryError('conflict', `"${path}" changed on disk since you opened it; nothing was overwritten.`);
  return context.write(path, text);
}

async function renameFile(context: LibraryContext, from: string, to: string): Promise<Saved> {
  const text = await readIfPresent(context.absolute(from));
  if (text === undefined) throw missing(from);
  if (from !== to && (await exists(context.absolute(to)))) throw new LibraryError('conflict', `"${to}" already exists; pick another name.`);
  try {
    await mkdir(dirname(context.absolute(to)), { recursive: true });
    await moveFile(context.absolute(from), context.absolute(to));
  } catch (error) {
    throw storageError(error, `"${from}" was not renamed`);
  }
  const version = contentVersion(text);
  context.known.set(from, null);
  context.known.set(to, version);
  return { path: to, version };
}

async function duplicateFile(context: LibraryContext, path: string): Promise<Saved> {
  const text = await readIfPresent(context.absolute(path));
  if (text === undefined) throw missing(path);
  const stem = path.slice(0, -'.prompt'.length).replace(/ copy( \d+)?$/, '');
  for (let index = 1; index < 1000; index += 1) {
    const candidate = `${stem} copy${index === 1 ? '' : ` ${index}`}.prompt`;
    if (!(await exists(context.absolute(candidate)))) return context.write(candidate, text);
  }
  throw new LibraryError('conflict', `There are too many copies of "${path}" already.`);
}

async function restoreFile(context: LibraryContext, trashId: string): Promise<Saved> {
  const trashed = await context.trash.find(trashId);
  const target = context.absolute(trashed.path);
  if (await exists(target)) throw new LibraryError('conflict', `"${trashed.path}" cannot be restored: another file has that name now. Rename that one first.`);
  try {
    await mkdir(dirname(target), { recursive: true });
    await moveFile(trashed.bytes, target);
  } catch (error) {
    throw storageError(error, `"${trashed.path}" was not restored`);
  }
  const version = contentVersion(await readFile(target, 'utf8'));
  context.known.set(trashed.path, version);
  await context.trash.forget(trashId);
  return { path: trashed.path, version };
}
