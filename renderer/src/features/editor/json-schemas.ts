import type * as Monaco from 'monaco-editor';

/** A JSON Schema Monaco's JSON service checks an editor's text against (its own warnings, beside ours). */
export interface EditorJsonSchema {
  /** Short and unique, e.g. "tools": models named `<path>.<id>.json` are checked against it. */
  id: string;
  schema: object;
}

const registered = new Map<string, object>();

/** The model file name that ties an editor to its schema (Monaco matches schemas by file name). */
export function jsonModelPath(path: string, schema: EditorJsonSchema | undefined): string {
  return schema ? `${path}.${schema.id}.json` : `${path}.json`;
}

/**
 * Adds a schema to Monaco's JSON diagnostics once. Schema requests stay off: the CSP forbids
 * fetching, and every schema Duet uses is bundled.
 */
export function registerJsonSchema(monaco: typeof Monaco, { id, schema }: EditorJsonSchema): void {
  if (registered.get(id) === schema) return;
  registered.set(id, schema);
  monaco.json.jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    trailingCommas: 'error',
    enableSchemaRequest: false,
    schemaValidation: 'warning',
    schemas: [...registered].map(([schemaId, entry]) => ({ uri: `duet://schemas/${schemaId}.json`, fileMatch: [`*.${schemaId}.json`], schema: entry })),
  });
}
