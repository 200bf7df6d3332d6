import type { PromptFile } from './types';

/** A file with nothing in it yet: no front matter, no body. */
export function emptyPromptFile(): PromptFile {
  return { duet: {}, ext: {}, extra: {}, keyOrder: [], body: [], lineEnding: '\n' };
}
