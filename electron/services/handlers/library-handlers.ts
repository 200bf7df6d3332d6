import { mkdir } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import type { Handlers, LibraryFolder } from '../../../shared/contract';
import type { Broadcast } from '../broadcast';
import { LibraryError, storageError } from '../library/errors';
import { createLibraryService } from '../library/library-service';
import { watchFolder } from '../library/watch-folder';
import type { SettingsFile } from '../settings/settings-file';

type LibraryChannel = Extract<keyof Handlers, `library.${string}`>;
export type LibraryHandlers = Pick<Handlers, LibraryChannel>;

export interface LibraryDeps {
  dataDir: string;
  settings: SettingsFile;
  broadcast: Broadcast;
}

/**
 * The prompt library over the contract. The folder comes from settings (default `<dataDir>/library`)
 * and is watched: changes made outside the app are broadcast to every window as `library.changed`.
 */
export function createLibraryHandlers({ dataDir, settings, broadcast }: LibraryDeps): { handlers: LibraryHandlers; close(): void } {
  const defaultFolder = join(dataDir, 'library');
  const current = (): LibraryFolder => {
    const chosen = settings.read().library.folder;
    return { folder: chosen ?? defaultFolder, isDefault: chosen === null };
  };
  const library = createLibraryService({ folder: () => current().folder, trashDir: join(dataDir, 'library-trash') });

  let stopWatching: () => void = () => undefined;
  const startWatching = async (folder: string): Promise<void> => {
    stopWatching();
    await mkdir(folder, { recursive: true }).catch(() => undefined);
    stopWatching = watchFolder(folder, (paths) => void reportOutsideChanges(paths));
  };
  const reportOutsideChanges = async (paths: string[]): Promise<void> => {
    const outside = (await Promise.all(paths.map(async (path) => ((await library.changedOutside(path).catch(() => true)) ? path : undefined)))).filter(
      (path): path is string => path !== undefined,
    );
    if (outside.length > 0) broadcast.emit('library.changed', { paths: outside });
  };
  const ready = startWatching(current().folder);

  const handlers: LibraryHandlers = {
    'library.folder': async () => current(),
    'library.setFolder': async ({ folder }) => {
      if (folder !== null && !isAbsolute(folder)) throw new LibraryError('invalid_request', `"${folder}" is not a full path; give the folder from the root (e.g. /home/you/prompts).`);
      const next = folder === null ? defaultFolder : resolve(folder);
      try {
        await mkdir(next, { recursive: true });
      } catch (error) {
        const mapped = storageError(error, `The library folder ${next} could not be created`);
        throw mapped instanceof LibraryError ? mapped : new LibraryError('invalid_request', `The library folder ${next} could not be created: ${(error as Error).message}`);
      }
      await settings.update((saved) => ({ ...saved, library: { folder: folder === null ? null : next } }));
      library.forgetVersions();
      await startWatching(next);
      return current();
    },
    'library.list': async ({ query }) => {
      await ready;
      return library.list(query);
    },
    'library.read': ({ path }) => library.read(path),
    'library.save': ({ path, text, expectedVersion }) => library.save(path, text, expectedVersion),
    'library.rename': ({ from, to }) => library.rename(from, to),
    'library.duplicate': ({ path }) => library.duplicate(path),
    'library.delete': ({ path }) => library.delete(path),
    'library.restore': ({ trashId }) => library.restore(trashId),
  };
  return { handlers, close: () => stopWatching() };
}
