import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The database file's bytes, or undefined when there is none yet. */
export async function readDatabaseFile(path: string): Promise<Uint8Array | undefined> {
  return readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
}

/**
 * Replaces the file as a whole or not at all: the bytes go to a temp file that is synced before
 * it is renamed over the old one, and the folder is synced so the rename itself survives a crash.
 */
export async function replaceDatabaseFile(path: string, bytes: Uint8Array): Promise<void> {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.write(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dirname(path));
}

/** Keeps an unreadable file for inspection under `<name>.corrupt-<time>` and answers that path. */
export async function moveAside(path: string, now: number): Promise<string> {
  const aside = `${path}.corrupt-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
  await rename(path, aside);
  return aside;
}

async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for syncing; there the rename is as durable as NTFS makes it.
  const handle = await open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a folder; the file itself was synced.
  } finally {
    await handle.close();
  }
}
