import { positionAt, readJson } from './json-positions';

export interface SchemaIssue {
  message: string;
  line: number;
  column: number;
}

export type SchemaValidation = { ok: true; schema: Record<string, unknown> | null } | { ok: false; issues: SchemaIssue[] };

export const SCHEMA_TYPES = ['object', 'array', 'string', 'number', 'integer', 'boolean', 'null'];

/** Checks the structured-output JSON Schema text ('' is no schema: structured output off). */
export function validateSchema(jsonText: string): SchemaValidation {
  if (jsonText.trim() === '') return { ok: true, schema: null };
  const read = readJson(jsonText);
  if (!read.ok) return { ok: false, issues: [{ message: `Invalid JSON: ${read.message}.`, ...positionAt(jsonText, read.offset) }] };
  const schema = read.value;
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    return { ok: false, issues: [{ message: 'The schema must be a JSON object.', line: 1, column: 1 }] };
  }
  const record = schema as Record<string, unknown>;
  if (typeof record.type !== 'string' || !SCHEMA_TYPES.includes(record.type)) {
    const at = positionAt(jsonText, read.offsets.get('type') ?? read.offsets.get('') ?? 0);
    return { ok: false, issues: [{ message: `The schema needs a "type" (${SCHEMA_TYPES.join(', ')}); "object" is usual.`, ...at }] };
  }
  return { ok: true, schema: record };
}
