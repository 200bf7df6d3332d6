import { readFile, rm, writeFile } from 'node:fs/promises';

export const LOCK_FILE = 'history.lock';

/** Another live process has the history open: two writers would each overwrite the other's checkpoints. */
export class HistoryInUseError extends Error {
  constructor(pid: number, path: string) {
    super(`The run history is open in another Duet (process ${pid}); runs here are not saved until it closes. If no other Duet is running, delete ${path}.`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes `<dir>/history.lock` for this process. A lock left by a process that is gone (killed,
 * crashed) is taken over; this process may open its own history again (it closes the first).
 */
export async function acquireFolderLock(path: string, pid = process.pid): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await writeFile(path, String(pid), { flag: 'wx' });
      return () => releaseFolderLock(path, pid);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number((await readFile(path, 'utf8').catch(() => '')).trim());
    if (holder === pid) return () => releaseFolderLock(path, pid);
    if (Number.isSafeInteger(holder) && holder > 0 && isAlive(holder)) throw new HistoryInUseError(holder, path);
    await rm(path, { force: true });
  }
  throw new Error(`${path} could not be taken: another process took it at the same moment.`);
}

async function releaseFolderLock(path: string, pid: number): Promise<void> {
  const holder = (await readFile(path, 'utf8').catch(() => '')).trim();
  if (holder === String(pid)) await rm(path, { force: true });
}
