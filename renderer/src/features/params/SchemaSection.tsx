import { useMemo } from 'react';
import type { ModelInfo } from '../../../../shared/models/catalog';
import { JsonIssues } from './fields';
import type { PaneParams } from './types';
import { validateSchema } from './validate-schema';

interface SchemaSectionProps {
  params: PaneParams;
  model: ModelInfo | undefined;
  update(patch: Partial<PaneParams>): void;
}

/** Structured output: a JSON Schema the answer must follow (empty: plain text). */
export function SchemaSection({ params, model, update }: SchemaSectionProps) {
  const validation = useMemo(() => validateSchema(params.schemaJson), [params.schemaJson]);
  return (
    <fieldset className="schema-section">
      <legend>Structured output</legend>
      <label className="param-field">
        <span>Schema name</span>
        <input type="text" value={params.schemaName} onChange={(event) => update({ schemaName: event.target.value })} />
      </label>
      <label className="param-field param-wide">
        <span>Output JSON schema</span>
        <textarea
          className="json-editor"
          rows={5}
          spellCheck={false}
          value={params.schemaJson}
          placeholder='{ "type": "object", "properties": { "answer": { "type": "string" } }, "required": ["answer"] }'
          aria-invalid={!validation.ok}
          onChange={(event) => update({ schemaJson: event.target.value })}
        />
      </label>
      {model && !model.structuredOutputs && params.schemaJson.trim() !== '' && (
        <p className="params-note">{model.displayName} has no structured outputs: the gateway sends the schema as a forced tool call.</p>
      )}
      {!validation.ok && <JsonIssues label="Schema errors" issues={validation.issues} />}
    </fieldset>
  );
}
