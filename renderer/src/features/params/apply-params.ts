import type { RunRequest } from '../../../../shared/contract/run-request';
import type { ModelInfo } from '../../../../shared/models/catalog';
import type { PaneParams } from './types';
import { toolNames, validateTools, type RequestTool } from './validate-tools';
import { validateSchema } from './validate-schema';

export type ApplyResult = { ok: true; request: RunRequest } | { ok: false; request: RunRequest; errors: string[] };

/**
 * The pane's parameters laid onto a built request. Pure, so the request check, Run and
 * tests see the same request. Invalid tools or schema JSON come back as errors (the
 * request is then returned without them and must not be sent).
 */
export function applyParams(request: RunRequest, params: PaneParams, model: ModelInfo | undefined): ApplyResult {
  const errors: string[] = [];
  const next: RunRequest = { ...request, ...sampling(params), ...thinking(params, model) };
  if (params.maxTokens !== null) next.max_completion_tokens = params.maxTokens;
  const stop = params.stop.filter((sequence) => sequence !== '');
  if (stop.length > 0) next.stop = stop;

  const tools = validateTools(params.toolsJson);
  if (!tools.ok) errors.push(...tools.issues.map((issue) => `Tools, line ${issue.line}, column ${issue.column}: ${issue.message}`));
  else if (tools.tools.length > 0) Object.assign(next, toolFields(tools.tools, params, errors));

  const schema = validateSchema(params.schemaJson);
  if (!schema.ok) errors.push(...schema.issues.map((issue) => `Output schema, line ${issue.line}, column ${issue.column}: ${issue.message}`));
  else if (schema.schema) next.response_format = { type: 'json_schema', json_schema: { name: params.schemaName.trim() || 'response', schema: schema.schema } };

  return errors.length > 0 ? { ok: false, request: next, errors } : { ok: true, request: next };
}

function sampling(params: PaneParams): Partial<RunRequest> {
  return {
    ...(params.temperature !== null ? { temperature: params.temperature } : {}),
    ...(params.topP !== null ? { top_p: params.topP } : {}),
    ...(params.topK !== null ? { top_k: params.topK } : {}),
  };
}

/**
 * Off leaves thinking out, or says `disabled` where the model would otherwise think by
 * default; effort goes as `reasoning_effort`, which the gateway sends as output_config.effort.
 */
function thinking(params: PaneParams, model: ModelInfo | undefined): Partial<RunRequest> {
  if (params.thinking === 'budget') return { thinking: { type: 'enabled', budget_tokens: params.budgetTokens } };
  if (params.thinking === 'adaptive') return { thinking: { type: 'adaptive', display: 'summarized' }, reasoning_effort: params.effort };
  if (model?.thinkingByDefault && model.thinking !== 'adaptive-always') return { thinking: { type: 'disabled' } };
  return {};
}

function toolFields(tools: RequestTool[], params: PaneParams, errors: string[]): Partial<RunRequest> {
  const names = toolNames(tools);
  const fields: Partial<RunRequest> = { tools: withCacheBreakpoint(tools, params, names, errors) };
  if (params.toolChoice === 'tool') {
    if (names.includes(params.toolChoiceName)) fields.tool_choice = { type: 'function', function: { name: params.toolChoiceName } };
    else errors.push(`Tool choice: no tool named "${params.toolChoiceName}" is defined in Tools.`);
  } else if (params.toolChoice !== 'auto') fields.tool_choice = params.toolChoice;
  if (!params.parallelToolCalls) fields.parallel_tool_calls = false;
  return fields;
}

function withCacheBreakpoint(tools: RequestTool[], params: PaneParams, names: string[], errors: string[]): RequestTool[] {
  if (params.cacheTtl === 'off') return tools;
  const target = params.cacheToolName === '' ? tools.length - 1 : tools.findIndex((tool) => toolNames([tool])[0] === params.cacheToolName);
  if (target < 0) {
    errors.push(`Cache breakpoint: no tool named "${params.cacheToolName}" (tools: ${names.join(', ')}).`);
    return tools;
  }
  const cacheControl = { type: 'ephemeral' as const, ttl: params.cacheTtl };
  return tools.map((tool, index) => (index === target ? ({ ...tool, cache_control: cacheControl } as RequestTool) : tool));
}
