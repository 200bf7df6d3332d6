import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { libraryPathProblem } from '../../../shared/contract';
import { LibraryError } from './errors';

/** The absolute path of a library path inside `folder`; refuses anything that would leave it. */
export function resolveInLibrary(folder: string, path: string): string {
  const problem = libraryPathProblem(path);
  if (problem) throw new LibraryError('invalid_request', `"${path}": ${problem}.`);
  const absolute = resolve(folder, ...path.split('/'));
  const inside = relative(resolve(folder), absolute);
  if (inside.startsWith('..') || inside === '') throw new LibraryError('invalid_request', `"${path}" is outside the library folder.`);
  return absolute;
}

/** A library path ("a/b.prompt") from a path relative to the folder in the platform's form. */
export function toLibraryPath(relativePath: string): string {
  return relativePath.split(sep).join('/');
}

/** Whether a name the watcher or a listing sees is a prompt file (temporary and hidden files are not). */
export function isPromptPath(path: string): boolean {
  return libraryPathProblem(path) === undefined;
}

/** Every `.prompt` file under `folder`, as library paths (hidden files and folders skipped). */
export async function listPromptPaths(folder: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const absolute = join(dir, entry.name);
      if (entry.isDirectory()) await walk(absolute);
      else if (entry.isFile()) {
        const path = toLibraryPath(relative(folder, absolute));
        if (isPromptPath(path)) found.push(path);
      }
    }
  };
  await walk(folder);
  return found.sort((a, b) => a.localeCompare(b));
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The file's text, or undefined when it is not there. */
export async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
