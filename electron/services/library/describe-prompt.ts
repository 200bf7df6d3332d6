import { LineCounter, parseDocument } from 'yaml';
import type { LibraryFileError } from '../../../shared/contract';

export interface PromptSummary {
  name?: string;
  description?: string;
  model?: string;
  error?: LibraryFileError;
}

const FENCE = /^---[ \t]*$/;

/** What the list shows of a prompt file: its front matter's name, description and model, or what is wrong and where. */
export function describePrompt(text: string): PromptSummary {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return {};
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (end < 0) return { error: { message: 'The front matter opened with "---" is never closed by another "---" line.', line: 1, column: 1 } };
  const lineCounter = new LineCounter();
  const document = parseDocument(lines.slice(1, end).join('\n'), { prettyErrors: false, lineCounter });
  const [first] = document.errors;
  if (first) {
    const position = lineCounter.linePos(first.pos[0]);
    // +1: the YAML starts on the line after the opening "---".
    return { error: { message: first.message.split('\n')[0] ?? first.message, line: position.line + 1, column: position.col } };
  }
  const front: unknown = document.toJS();
  if (front !== null && (typeof front !== 'object' || Array.isArray(front))) {
    return { error: { message: 'The front matter must be a set of "key: value" lines.', line: 2, column: 1 } };
  }
  const fields = (front ?? {}) as Record<string, unknown>;
  const asString = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const summary: PromptSummary = {};
  if (asString(fields.name)) summary.name = asString(fields.name);
  if (asString(fields.description)) summary.description = asString(fields.description);
  if (asString(fields.model)) summary.model = asString(fields.model);
  return summary;
}
