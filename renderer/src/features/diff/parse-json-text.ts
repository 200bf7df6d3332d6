import { positionAt, readJson } from '../params/json-positions';

export type ParsedJson = { ok: true; value: unknown } | { ok: false; message: string };

/** A whole answer in one fenced block (```json … ```), as models often write JSON without structured output. */
const FENCED = /^```[\w-]*\n([\s\S]*?)\n?```$/;

/** Reads an answer or a tool input as JSON; when it is not JSON, says why and where, in words. */
export function parseJsonText(text: string): ParsedJson {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'It is empty.' };
  const body = FENCED.exec(trimmed)?.[1] ?? trimmed;
  const read = readJson(body);
  if (read.ok) return { ok: true, value: read.value };
  const { line, column } = positionAt(body, read.offset);
  return { ok: false, message: `It is not valid JSON: ${read.message} (line ${line}, column ${column}).` };
}
