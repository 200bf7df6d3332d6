import type { JSONOutputFormat, Tool } from '@anthropic-ai/sdk/resources/messages/messages';
import type { ChatRequest } from '../../../../shared/chat/request-schema';
import type { ModelInfo } from '../../../../shared/models/catalog';
import { invalidRequest } from '../../errors';

export type ResponseMode = { kind: 'text' } | { kind: 'json_object' } | { kind: 'json_tool'; toolName: string };

export interface ResponseFormatPlan {
  mode: ResponseMode;
  /** Native structured output: `output_config.format`. */
  outputFormat?: JSONOutputFormat;
  /** The forced tool standing in for structured output on older models. */
  jsonTool?: Tool;
  /** Appended to `system` as its own text block. */
  systemNote?: string;
}

/** The forced tool's name; the response translator turns its input back into the answer. */
export const JSON_TOOL_NAME = 'json_response';

export const JSON_OBJECT_INSTRUCTION =
  'Respond with a single JSON object and nothing else: no text before or after it and no Markdown code fences.';

/**
 * `response_format` (A39, A40). `json_schema` → `output_config.format` where the
 * model has structured outputs, else a forced tool whose input is the answer.
 * `json_object` has no Anthropic counterpart: a system instruction asks for one
 * JSON object and the caller checks the answer.
 * https://platform.claude.com/docs/en/build-with-claude/structured-outputs
 */
export function convertResponseFormat(format: ChatRequest['response_format'], model: ModelInfo, warnings: string[]): ResponseFormatPlan {
  if (!format || format.type === 'text') return { mode: { kind: 'text' } };
  if (format.type === 'json_object') {
    warnings.push('response_format json_object is not enforced by Claude: the system prompt asks for a single JSON object and the answer is checked.');
    return { mode: { kind: 'json_object' }, systemNote: JSON_OBJECT_INSTRUCTION };
  }
  const { schema, name, description } = format.json_schema;
  if (!schema) {
    warnings.push(`response_format json_schema "${name}" has no schema: the system prompt asks for a single JSON object instead and the answer is checked.`);
    return { mode: { kind: 'json_object' }, systemNote: JSON_OBJECT_INSTRUCTION };
  }
  if (model.structuredOutputs) return { mode: { kind: 'text' }, outputFormat: { type: 'json_schema', schema } };
  if (schema.type !== 'object') {
    const param = 'response_format.json_schema.schema';
    throw invalidRequest(`${param}: ${model.id} has no structured outputs, and its tool fallback needs a schema with "type": "object".`, param);
  }
  warnings.push(`${model.id} has no structured outputs; response_format json_schema "${name}" was sent as a forced tool call.`);
  return {
    mode: { kind: 'json_tool', toolName: JSON_TOOL_NAME },
    jsonTool: {
      name: JSON_TOOL_NAME,
      description: description ?? `Give your final answer by calling this tool; its input is the answer (schema "${name}").`,
      input_schema: schema as Tool.InputSchema,
    },
  };
}
