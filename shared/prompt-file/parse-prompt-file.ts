import type { ParsePromptFileResult } from './types';

/** Reads a `.prompt` file. Never throws: a problem comes back with its line and column in the file. */
export function parsePromptFile(text: string): ParsePromptFileResult {
  void text;
  return { ok: false, error: { message: 'Not implemented yet', line: 1, column: 1 } };
}
