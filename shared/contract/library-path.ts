/** Library paths are relative to the library folder, with "/" between folders. No imports: the renderer checks names with it too. */

/** Why a library path is refused, or undefined when it is fine. Pure, so the renderer can say it before asking the host. */
export function libraryPathProblem(path: string): string | undefined {
  if (path.trim() === '') return 'the name is empty';
  if (path.length > 1024) return 'the path is longer than 1024 characters';
  if (path.includes('\\')) return 'use "/" between folders, not "\\"';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'the path must be relative to the library folder';
  const segments = path.split('/');
  if (segments.some((segment) => segment === '..')) return 'the path must not contain ".."';
  if (segments.some((segment) => segment === '' || segment === '.')) return 'the path has an empty folder name';
  if (segments.some((segment) => segment.startsWith('.'))) return 'a file or folder name must not start with "."';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here.
  if (/[\u0000-\u001f<>:"|?*]/.test(path)) return 'the name has a character files cannot have (< > : " | ? * or a control character)';
  if (!path.endsWith('.prompt') || path.endsWith('/.prompt')) return 'the file name must end in ".prompt"';
  return undefined;
}
