import type { LibraryFileError } from '../../../shared/contract';
import { parsePromptFile } from '../../../shared/prompt-file';

export interface PromptSummary {
  name?: string;
  description?: string;
  model?: string;
  error?: LibraryFileError;
}

/** What the list shows of a prompt file: its front matter's name, description and model, or what is wrong and where. */
export function describePrompt(text: string): PromptSummary {
  const parsed = parsePromptFile(text);
  if (!parsed.ok) return { error: parsed.error };
  const { name, description, model } = parsed.file;
  return { ...(name ? { name } : {}), ...(description ? { description } : {}), ...(model ? { model } : {}) };
}
