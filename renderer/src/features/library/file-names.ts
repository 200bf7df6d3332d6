import { libraryPathProblem } from '../../../../shared/contract/library-path';

const SUFFIX = '.prompt';

/** A prompt's path as the list and header show it: without ".prompt". */
export function displayName(path: string): string {
  return path.endsWith(SUFFIX) ? path.slice(0, -SUFFIX.length) : path;
}

/** What the user typed in "Name" as a library path ("Review" → "Review.prompt"), or why it cannot be one. */
export function nameToPath(name: string): { ok: true; path: string } | { ok: false; message: string } {
  const trimmed = name.trim().replace(/^\/+/, '');
  if (trimmed === '') return { ok: false, message: 'Give the prompt a name.' };
  const path = trimmed.endsWith(SUFFIX) ? trimmed : `${trimmed}${SUFFIX}`;
  const problem = libraryPathProblem(path);
  return problem ? { ok: false, message: `That name cannot be used: ${problem}.` } : { ok: true, path };
}
