import { useMemo } from 'react';
import { JsonEditor } from '../editor/JsonEditor';
import { JsonIssues } from './fields';
import { TOOLS_SCHEMA } from './json-schemas';
import type { CacheTtl, PaneParams, ToolChoiceKind } from './types';
import { toolNames, validateTools } from './validate-tools';

interface ToolsSectionProps {
  paneId: string;
  params: PaneParams;
  update(patch: Partial<PaneParams>): void;
}

const TOOLS_PLACEHOLDER = `[
  { "name": "get_weather", "description": "Current weather", "input_schema": { "type": "object", "properties": { "city": { "type": "string" } } } }
]`;

const TOOLS_HELP = 'An array of {type: "function", function: {name, parameters}}, {name, input_schema} or server tools such as {type: "web_search_20250305", name: "web_search"}.';

/** Tools as JSON (OpenAI function tools, Anthropic tools or server tools), tool choice, parallel use and a cache breakpoint. */
export function ToolsSection({ paneId, params, update }: ToolsSectionProps) {
  const validation = useMemo(() => validateTools(params.toolsJson), [params.toolsJson]);
  const names = validation.ok ? toolNames(validation.tools) : [];
  const hasTools = validation.ok && validation.tools.length > 0;
  return (
    <fieldset className="tools-section">
      <legend>Tools</legend>
      <div className="param-field param-wide">
        <JsonEditor
          label="Tools JSON"
          path={`${paneId}/tools`}
          schema={TOOLS_SCHEMA}
          value={params.toolsJson}
          placeholder={TOOLS_PLACEHOLDER}
          issues={validation.ok ? [] : validation.issues}
          help={TOOLS_HELP}
          onChange={(toolsJson) => update({ toolsJson })}
        />
      </div>
      {!validation.ok && <JsonIssues label="Tools errors" issues={validation.issues} />}
      <div className="param-row">
        <label className="param-field">
          <span>Tool choice</span>
          <select
            value={params.toolChoice === 'tool' ? `tool:${params.toolChoiceName}` : params.toolChoice}
            disabled={!hasTools}
            onChange={(event) => {
              const value = event.target.value;
              if (value.startsWith('tool:')) update({ toolChoice: 'tool', toolChoiceName: value.slice(5) });
              else update({ toolChoice: value as ToolChoiceKind });
            }}
          >
            <option value="auto">auto</option>
            <option value="required">any (required)</option>
            <option value="none">none</option>
            {params.toolChoice === 'tool' && !names.includes(params.toolChoiceName) && <option value={`tool:${params.toolChoiceName}`}>{params.toolChoiceName} (not defined)</option>}
            {names.map((name) => (
              <option key={name} value={`tool:${name}`}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="param-check">
          <input type="checkbox" checked={params.parallelToolCalls} disabled={!hasTools} onChange={(event) => update({ parallelToolCalls: event.target.checked })} />
          Parallel tool use
        </label>
      </div>
      <div className="param-row">
        <label className="param-field">
          <span>Cache breakpoint</span>
          <select value={params.cacheTtl} disabled={!hasTools} onChange={(event) => update({ cacheTtl: event.target.value as CacheTtl })}>
            <option value="off">off</option>
            <option value="5m">5 min</option>
            <option value="1h">1 h</option>
          </select>
        </label>
        <label className="param-field">
          <span>Cached tool</span>
          <select value={params.cacheToolName} disabled={!hasTools || params.cacheTtl === 'off'} onChange={(event) => update({ cacheToolName: event.target.value })}>
            <option value="">last tool</option>
            {names.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </div>
    </fieldset>
  );
}
