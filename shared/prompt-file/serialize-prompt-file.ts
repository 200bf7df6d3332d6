import type { PromptFile } from './types';

/** Writes a `.prompt` file that parsePromptFile reads back to the same PromptFile. */
export function serializePromptFile(file: PromptFile): string {
  void file;
  return '';
}
