import type { Tool, ToolUnion } from '@anthropic-ai/sdk/resources/messages/messages';
import type { ChatRequest } from '../../../../shared/chat/request-schema';
import type { ModelInfo } from '../../../../shared/models/catalog';
import { invalidRequest } from '../../errors';
import { toolName } from './tool-name';

type RequestTool = NonNullable<ChatRequest['tools']>[number];
type FunctionTool = Extract<RequestTool, { function: unknown }>;

// https://platform.claude.com/docs/en/agents-and-tools/tool-use/implement-tool-use (tool names)
const TOOL_NAME = /^[a-zA-Z0-9_-]{1,128}$/;

/**
 * OpenAI function tools → Anthropic custom tools: `parameters` becomes
 * `input_schema` unchanged (an empty schema when absent), `strict` and
 * `cache_control` are kept (A33–A35). Anthropic server tools (`web_search_*`,
 * code execution, …) pass through as written; the API validates them (A44).
 * https://platform.claude.com/docs/en/agents-and-tools/tool-use/overview
 */
export function convertTools(tools: ChatRequest['tools'], model: ModelInfo, warnings: string[]): ToolUnion[] {
  const seen = new Set<string>();
  return (tools ?? []).map((tool, index) => {
    const converted = isFunctionTool(tool) ? functionTool(tool, index, model, warnings) : ({ ...tool } as unknown as ToolUnion);
    const name = toolName(converted);
    if (name !== undefined && seen.has(name)) {
      const param = isFunctionTool(tool) ? `tools.${index}.function.name` : `tools.${index}.name`;
      throw invalidRequest(`${param}: the tool name "${name}" is used twice.`, param);
    }
    if (name !== undefined) seen.add(name);
    return converted;
  });
}

function isFunctionTool(tool: RequestTool): tool is FunctionTool {
  return tool.type === 'function';
}

function functionTool(tool: FunctionTool, index: number, model: ModelInfo, warnings: string[]): Tool {
  const { name, description, strict } = tool.function;
  if (!TOOL_NAME.test(name)) {
    const param = `tools.${index}.function.name`;
    throw invalidRequest(`${param}: "${name}" is not a valid tool name (letters, digits, _ and -, at most 128).`, param);
  }
  const cacheControl = tool.cache_control ?? tool.function.cache_control;
  const keepStrict = strict != null && model.structuredOutputs;
  if (strict != null && !model.structuredOutputs) warnings.push(`tools.${index}.function.strict was dropped: ${model.id} has no structured outputs.`);
  return {
    name,
    ...(description !== undefined ? { description } : {}),
    input_schema: inputSchema(tool.function.parameters, index),
    ...(keepStrict ? { strict } : {}),
    ...(cacheControl ? { cache_control: cacheControl } : {}),
  };
}

/** The schema as written; Anthropic requires an object schema at the root. */
function inputSchema(parameters: Record<string, unknown> | undefined, index: number): Tool.InputSchema {
  if (parameters === undefined || Object.keys(parameters).length === 0) return { type: 'object', properties: {} };
  if (parameters.type !== 'object') {
    const param = `tools.${index}.function.parameters`;
    throw invalidRequest(`${param}: a tool's parameters must be a JSON Schema with "type": "object".`, param);
  }
  return parameters as Tool.InputSchema;
}
