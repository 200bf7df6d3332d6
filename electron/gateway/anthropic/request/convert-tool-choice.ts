import type { ToolChoice, ToolUnion } from '@anthropic-ai/sdk/resources/messages/messages';
import type { ChatRequest } from '../../../../shared/chat/request-schema';
import { invalidRequest } from '../../errors';
import { toolName } from './tool-name';

/**
 * `tool_choice` + `parallel_tool_calls` → Anthropic `tool_choice` (A36, A37):
 * auto → auto, required → any, none → none (tools stay defined, so a history
 * with tool calls stays valid), a named function → tool. `parallel_tool_calls:
 * false` sets `disable_parallel_tool_use`, which `none` does not take. With a
 * JSON tool (structured-output fallback) the answer must come through a tool
 * call, so the choice is forced to it (or to any tool when the caller has tools).
 * Omitted when nothing was asked: Anthropic's default is auto.
 * https://platform.claude.com/docs/en/agents-and-tools/tool-use/implement-tool-use#controlling-claudes-output
 */
export function convertToolChoice(request: ChatRequest, callerTools: readonly ToolUnion[], jsonTool?: string): ToolChoice | undefined {
  const asked = request.tool_choice;
  const toolNames = new Set(callerTools.flatMap((tool) => toolName(tool) ?? []));
  if (callerTools.length === 0 && !jsonTool) {
    if (asked === 'required' || typeof asked === 'object') throw invalidRequest('tool_choice: forcing a tool call needs `tools`.', 'tool_choice');
    return undefined;
  }
  if (typeof asked === 'object' && !toolNames.has(asked.function.name)) {
    const param = 'tool_choice.function.name';
    throw invalidRequest(`${param}: no tool named "${asked.function.name}" is defined in \`tools\`.`, param);
  }
  const noParallel = request.parallel_tool_calls === false || jsonTool !== undefined;
  const choice = jsonTool ? forcedForJson(asked, callerTools.length > 0, jsonTool) : (base(asked) ?? (noParallel ? { type: 'auto' } : undefined));
  if (!choice || choice.type === 'none') return choice;
  return noParallel ? { ...choice, disable_parallel_tool_use: true } : choice;
}

function base(asked: ChatRequest['tool_choice']): ToolChoice | undefined {
  if (asked === undefined) return undefined;
  if (asked === 'auto') return { type: 'auto' };
  if (asked === 'required') return { type: 'any' };
  if (asked === 'none') return { type: 'none' };
  return { type: 'tool', name: asked.function.name };
}

function forcedForJson(asked: ChatRequest['tool_choice'], callerHasTools: boolean, jsonTool: string): ToolChoice {
  if (typeof asked === 'object') return { type: 'tool', name: asked.function.name };
  if (!callerHasTools || asked === 'none') return { type: 'tool', name: jsonTool };
  return { type: 'any' };
}
