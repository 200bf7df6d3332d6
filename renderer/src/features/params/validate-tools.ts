import type { ChatRequest } from '../../../../shared/chat/request-schema';
import { positionAt, readJson } from './json-positions';

export type RequestTool = NonNullable<ChatRequest['tools']>[number];

/** A problem in the tools JSON, placed where it is. */
export interface ToolIssue {
  message: string;
  line: number;
  column: number;
  /** The tool it concerns (its index in the array, and name when known). */
  index?: number;
  name?: string;
}

export type ToolsValidation = { ok: true; tools: RequestTool[] } | { ok: false; issues: ToolIssue[] };

// The stricter of the two limits (Anthropic allows 128; OpenAI-compatible providers 64).
const TOOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
/** Anthropic server tools: a versioned type such as web_search_20250305. */
const SERVER_TOOL_TYPE = /^(?!function$)[a-z_]+\d*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks hand-written tools and converts Anthropic-style `{name, input_schema}` tools to
 * OpenAI function tools (what the gateway takes). Empty text means no tools.
 */
export function validateTools(jsonText: string): ToolsValidation {
  if (jsonText.trim() === '') return { ok: true, tools: [] };
  const read = readJson(jsonText);
  if (!read.ok) return { ok: false, issues: [{ message: `Invalid JSON: ${read.message}.`, ...positionAt(jsonText, read.offset) }] };
  const at = (path: string) => positionAt(jsonText, read.offsets.get(path) ?? 0);
  if (!Array.isArray(read.value)) return { ok: false, issues: [{ message: 'Tools must be a JSON array of tools.', ...at('') }] };
  const issues: ToolIssue[] = [];
  const tools: RequestTool[] = [];
  const seen = new Set<string>();
  read.value.forEach((tool: unknown, index) => {
    const result = checkTool(tool, index);
    const name = result.name;
    const where = { index, ...(name !== undefined ? { name } : {}) };
    if ('problem' in result) {
      issues.push({ message: `Tool ${index + 1}${name ? ` (${name})` : ''}: ${result.problem}`, ...at(result.path), ...where });
      return;
    }
    if (name !== undefined && seen.has(name)) {
      issues.push({ message: `Tool ${index + 1} (${name}): the name "${name}" is already used by another tool.`, ...at(String(index)), ...where });
    }
    if (name !== undefined) seen.add(name);
    tools.push(result.tool);
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, tools };
}

type Checked = { name?: string; tool: RequestTool } | { name?: string; problem: string; path: string };

function checkTool(tool: unknown, index: number): Checked {
  const path = String(index);
  if (!isRecord(tool)) return { problem: 'a tool must be a JSON object.', path };
  if (tool.type === 'function') return functionTool(tool, path);
  if (typeof tool.type === 'string') {
    const name = typeof tool.name === 'string' ? tool.name : undefined;
    if (!SERVER_TOOL_TYPE.test(tool.type)) return { name, problem: `"type": "${tool.type}" is neither "function" nor an Anthropic server tool type.`, path: `${path}.type` };
    return { name, tool: tool as RequestTool };
  }
  return anthropicTool(tool, path);
}

function functionTool(tool: Record<string, unknown>, path: string): Checked {
  const fn = tool.function;
  if (!isRecord(fn)) return { problem: 'a function tool needs a "function" object.', path };
  const name = checkName(fn.name, `${path}.function.name`, path);
  if ('problem' in name) return name;
  const schema = checkSchema(fn.parameters, 'function.parameters', `${path}.function.parameters`, path);
  if (schema) return { name: name.name, ...schema };
  if (fn.description !== undefined && typeof fn.description !== 'string') return { name: name.name, problem: '"description" must be a string.', path: `${path}.function.description` };
  return { name: name.name, tool: tool as RequestTool };
}

function anthropicTool(tool: Record<string, unknown>, path: string): Checked {
  if (tool.name === undefined) return { problem: 'a tool needs "type": "function" with a "function" object, or a "name" and an "input_schema".', path };
  const name = checkName(tool.name, `${path}.name`, path);
  if ('problem' in name) return name;
  const schema = checkSchema(tool.input_schema, 'input_schema', `${path}.input_schema`, path);
  if (schema) return { name: name.name, ...schema };
  if (tool.description !== undefined && typeof tool.description !== 'string') return { name: name.name, problem: '"description" must be a string.', path: `${path}.description` };
  const converted: RequestTool = {
    type: 'function',
    function: {
      name: name.name,
      ...(typeof tool.description === 'string' ? { description: tool.description } : {}),
      parameters: tool.input_schema as Record<string, unknown>,
    },
    ...(isRecord(tool.cache_control) ? { cache_control: tool.cache_control as { type: 'ephemeral' } } : {}),
  };
  return { name: name.name, tool: converted };
}

function checkName(name: unknown, path: string, toolPath: string): { name: string } | { problem: string; path: string } {
  if (typeof name !== 'string') return { problem: 'a tool needs a "name" string.', path: name === undefined ? toolPath : path };
  if (!TOOL_NAME.test(name)) return { problem: `"${name}" is not a valid tool name (1–64 letters, digits, _ or -).`, path };
  return { name };
}

function checkSchema(schema: unknown, field: string, path: string, toolPath: string): { problem: string; path: string } | undefined {
  if (schema === undefined) return { problem: `"${field}" is missing (a JSON Schema with "type": "object").`, path: toolPath };
  if (!isRecord(schema)) return { problem: `"${field}" must be a JSON Schema object.`, path };
  if (schema.type !== 'object') return { problem: `"${field}" must have "type": "object" at its root.`, path };
  return undefined;
}

/** Names of the tools in valid tools JSON (for the tool_choice and cache pickers). */
export function toolNames(tools: readonly RequestTool[]): string[] {
  return tools.flatMap((tool) => {
    const named = (tool.type === 'function' ? tool.function : tool) as { name?: unknown };
    return typeof named.name === 'string' ? [named.name] : [];
  });
}
