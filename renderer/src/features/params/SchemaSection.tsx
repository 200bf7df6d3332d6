import { useMemo } from 'react';
import type { ModelInfo } from '../../../../shared/models/catalog';
import { JsonEditor } from '../editor/JsonEditor';
import { JsonIssues } from './fields';
import { OUTPUT_SCHEMA_SCHEMA } from './json-schemas';
import type { PaneParams } from './types';
import { validateSchema } from './validate-schema';

interface SchemaSectionProps {
  paneId: string;
  params: PaneParams;
  model: ModelInfo | undefined;
  update(patch: Partial<PaneParams>): void;
}

/** Structured output: a JSON Schema the answer must follow (empty: plain text). */
export function SchemaSection({ paneId, params, model, update }: SchemaSectionProps) {
  const validation = useMemo(() => validateSchema(params.schemaJson), [params.schemaJson]);
  return (
    <fieldset className="schema-section">
      <legend>Structured output</legend>
      <label className="param-field">
        <span>Schema name</span>
        <input type="text" value={params.schemaName} onChange={(event) => update({ schemaName: event.target.value })} />
      </label>
      <div className="param-field param-wide">
        <JsonEditor
          label="Output JSON schema"
          path={`${paneId}/output`}
          schema={OUTPUT_SCHEMA_SCHEMA}
          value={params.schemaJson}
          placeholder='{ "type": "object", "properties": { "answer": { "type": "string" } }, "required": ["answer"] }'
          issues={validation.ok ? [] : validation.issues}
          help="Empty: a plain-text answer."
          height={120}
          onChange={(schemaJson) => update({ schemaJson })}
        />
      </div>
      {model && !model.structuredOutputs && params.schemaJson.trim() !== '' && (
        <p className="params-note">{model.displayName} has no structured outputs: the gateway sends the schema as a forced tool call.</p>
      )}
      {!validation.ok && <JsonIssues label="Schema errors" issues={validation.issues} />}
    </fieldset>
  );
}
