import { watch, type FSWatcher } from 'node:fs';
import { isPromptPath, toLibraryPath } from './library-files';

export const WATCH_DEBOUNCE_MS = 100;

/**
 * Calls `onChange` with the prompt files under `folder` that changed, gathered over
 * WATCH_DEBOUNCE_MS (one save is often several events). Subfolders are watched too.
 * Returns a function that stops watching.
 */
export function watchFolder(folder: string, onChange: (paths: string[]) => void, onError: (error: Error) => void = () => undefined): () => void {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher;
  try {
    watcher = watch(folder, { recursive: true, persistent: false }, (_event, name) => {
      if (!name) return;
      const path = toLibraryPath(name.toString());
      if (!isPromptPath(path)) return;
      pending.add(path);
      timer ??= setTimeout(() => {
        timer = undefined;
        const paths = [...pending].sort();
        pending.clear();
        onChange(paths);
      }, WATCH_DEBOUNCE_MS);
    });
  } catch (error) {
    onError(error as Error);
    return () => undefined;
  }
  watcher.on('error', onError);
  return () => {
    if (timer) clearTimeout(timer);
    watcher.close();
  };
}
