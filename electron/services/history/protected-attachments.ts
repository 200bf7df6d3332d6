import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Attachment ids (SHA-256 hex) anywhere in a text: a prompt file refers to its attachments by id. */
export function attachmentIdsIn(text: string): string[] {
  return text.match(/(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])/g) ?? [];
}

/**
 * Every attachment id the library's prompt files mention (`<libraryDir>/**\/*.prompt`); none when
 * there is no library. A folder or file that cannot be read throws: guessing "none" could delete
 * a file a prompt still needs.
 */
export async function promptAttachmentIds(libraryDir: string): Promise<Set<string>> {
  const names = await readdir(libraryDir, { recursive: true }).catch(orWhenMissing<string[]>([]));
  const ids = new Set<string>();
  for (const name of names) {
    if (!name.endsWith('.prompt')) continue;
    const text = await readFile(join(libraryDir, name), 'utf8').catch(orWhenMissing(''));
    for (const id of attachmentIdsIn(text)) ids.add(id);
  }
  return ids;
}

function orWhenMissing<T>(fallback: T): (error: NodeJS.ErrnoException) => T {
  return (error) => {
    if (error.code === 'ENOENT') return fallback;
    throw error;
  };
}
