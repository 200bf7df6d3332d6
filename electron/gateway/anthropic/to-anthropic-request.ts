import type { MessageCreateParamsNonStreaming, OutputConfig, TextBlockParam, ToolUnion } from '@anthropic-ai/sdk/resources/messages/messages';
import type { ChatRequest } from '../../../shared/chat/request-schema';
import { invalidRequest } from '../errors';
import { allowForcedToolUse } from './request/allow-forced-tool-use';
import { collectBetas } from './request/collect-betas';
import { convertMessages } from './request/convert-messages';
import { convertMetadata } from './request/convert-metadata';
import { convertResponseFormat, type ResponseFormatPlan, type ResponseMode } from './request/convert-response-format';
import { convertStop } from './request/convert-stop';
import { convertSystem } from './request/convert-system';
import { convertToolChoice } from './request/convert-tool-choice';
import { convertTools } from './request/convert-tools';
import { dropUnsupportedParams } from './request/drop-unsupported-params';
import { resolveMaxTokens } from './request/resolve-max-tokens';
import { resolveModel } from './request/resolve-model';
import { resolveThinking, type ThinkingPlan } from './request/resolve-thinking';
import { toolName } from './request/tool-name';

/** The Messages API body (without `stream`, which the caller sets) and what changed on the way. */
export interface TranslatedRequest {
  body: Omit<MessageCreateParamsNonStreaming, 'stream'>;
  /** One sentence per dropped or changed parameter (x-duet-warnings, the inspector). */
  warnings: string[];
  /** From the `anthropic_beta` body field, deduplicated; never defaulted. */
  betas: string[];
  /** How the response translator turns the answer back: `json_tool` names the tool whose input is the answer. */
  responseMode: ResponseMode;
}

/**
 * OpenAI Chat Completions request → Anthropic Messages request. Pure: the same
 * input always gives the same body, so request snapshots stay stable. Each
 * concern lives in ./request/ (one converter per file); this only wires them.
 * https://platform.claude.com/docs/en/api/messages
 */
export function toAnthropicRequest(request: ChatRequest): TranslatedRequest {
  const warnings: string[] = [];
  const model = resolveModel(request.model, warnings);
  dropUnsupportedParams(request, warnings);
  const format = convertResponseFormat(request.response_format, model.info, warnings);
  const callerTools = convertTools(request.tools, model.info, warnings);
  const tools = withJsonTool(callerTools, format);
  const toolChoice = convertToolChoice(request, callerTools, format.jsonTool?.name);
  let plan = resolveThinking(request, model.info, warnings);
  if (toolChoice?.type === 'any' || toolChoice?.type === 'tool') plan = allowForcedToolUse(plan, model.info, forcedBy(request), warnings);
  const { maxTokens, budget } = resolveMaxTokens(request, model, plan.budget, warnings);
  const system = [...convertSystem(request.messages), ...(format.systemNote ? [{ type: 'text', text: format.systemNote } satisfies TextBlockParam] : [])];
  const messages = convertMessages(request.messages, { model: model.id, prefill: model.info.prefill || !model.known, thinking: plan.on });
  const stops = convertStop(request.stop, warnings);
  const metadata = convertMetadata(request, warnings);
  const thinking = plan.thinking?.type === 'enabled' && budget !== undefined ? { ...plan.thinking, budget_tokens: budget } : plan.thinking;
  const outputConfig = outputConfigOf(plan, format);

  const body: TranslatedRequest['body'] = {
    model: model.id,
    max_tokens: maxTokens,
    messages,
    ...(system.length > 0 ? { system } : {}),
    ...(tools.length > 0 ? { tools } : {}),
    ...(toolChoice ? { tool_choice: toolChoice } : {}),
    ...(thinking ? { thinking } : {}),
    ...(outputConfig ? { output_config: outputConfig } : {}),
    ...(stops.length > 0 ? { stop_sequences: stops } : {}),
    ...(metadata ? { metadata } : {}),
  };
  return { body, warnings, betas: collectBetas(request.anthropic_beta), responseMode: format.mode };
}

/** The structured-output fallback tool joins the caller's tools; its name must be free. */
function withJsonTool(tools: ToolUnion[], format: ResponseFormatPlan): ToolUnion[] {
  const jsonTool = format.jsonTool;
  if (!jsonTool) return tools;
  if (tools.some((tool) => toolName(tool) === jsonTool.name)) {
    throw invalidRequest(`response_format: the tool name "${jsonTool.name}" is reserved for structured output on this model; rename your tool.`, 'response_format');
  }
  return [...tools, jsonTool];
}

function forcedBy(request: ChatRequest): { param: string; what: string } {
  if (request.response_format?.type === 'json_schema' && (request.tool_choice === undefined || request.tool_choice === 'auto' || request.tool_choice === 'none')) {
    return { param: 'response_format', what: 'response_format json_schema (sent as a forced tool call)' };
  }
  const what = typeof request.tool_choice === 'object' ? `tool_choice "${request.tool_choice.function.name}"` : `tool_choice "${request.tool_choice ?? 'required'}"`;
  return { param: 'tool_choice', what };
}

function outputConfigOf(plan: ThinkingPlan, format: ResponseFormatPlan): OutputConfig | undefined {
  if (!plan.effort && !format.outputFormat) return undefined;
  return { ...(plan.effort ? { effort: plan.effort } : {}), ...(format.outputFormat ? { format: format.outputFormat } : {}) };
}
