import { z } from 'zod';

/**
 * OpenAI Chat Completions request, with Duet's Anthropic extensions
 * (see docs/gateway.md). Validated in the hosts and in the HTTP endpoint, so a
 * bad field becomes a 400 that names it instead of an upstream surprise.
 */

const cacheControl = z.object({
  type: z.literal('ephemeral'),
  ttl: z.enum(['5m', '1h']).optional(),
});

const textPart = z.object({
  type: z.literal('text'),
  text: z.string(),
  cache_control: cacheControl.optional(),
});

const imageUrlPart = z.object({
  type: z.literal('image_url'),
  image_url: z.object({ url: z.string().min(1), detail: z.enum(['auto', 'low', 'high']).optional() }),
  cache_control: cacheControl.optional(),
});

const filePart = z.object({
  type: z.literal('file'),
  file: z.object({
    file_data: z.string().optional(),
    file_id: z.string().optional(),
    filename: z.string().optional(),
    format: z.string().optional(),
  }),
  cache_control: cacheControl.optional(),
  citations: z.object({ enabled: z.boolean() }).optional(),
  title: z.string().optional(),
  context: z.string().optional(),
});

/** Anthropic-native blocks that pass through untouched (documents, search results). */
const nativePart = z.looseObject({ type: z.enum(['document', 'search_result']) });

const thinkingPart = z.object({
  type: z.literal('thinking'),
  thinking: z.string(),
  signature: z.string(),
});

const redactedThinkingPart = z.object({
  type: z.literal('redacted_thinking'),
  data: z.string(),
});

export const userContentPart = z.discriminatedUnion('type', [textPart, imageUrlPart, filePart, nativePart]);
const assistantContentPart = z.discriminatedUnion('type', [textPart, thinkingPart, redactedThinkingPart]);

const toolCall = z.object({
  id: z.string().min(1),
  type: z.literal('function'),
  function: z.object({ name: z.string().min(1), arguments: z.string() }),
});

const systemMessage = z.object({
  role: z.enum(['system', 'developer']),
  content: z.union([z.string(), z.array(textPart)]),
  name: z.string().optional(),
});

const userMessage = z.object({
  role: z.literal('user'),
  content: z.union([z.string(), z.array(userContentPart)]),
  name: z.string().optional(),
});

const assistantMessage = z.object({
  role: z.literal('assistant'),
  content: z.union([z.string(), z.array(assistantContentPart)]).nullish(),
  name: z.string().optional(),
  tool_calls: z.array(toolCall).optional(),
  reasoning_content: z.string().nullish(),
  thinking_blocks: z.array(z.union([thinkingPart, redactedThinkingPart])).optional(),
});

const toolMessage = z.object({
  role: z.literal('tool'),
  tool_call_id: z.string().min(1),
  content: z.union([z.string(), z.array(userContentPart)]),
  is_error: z.boolean().optional(),
});

export const chatMessage = z.discriminatedUnion('role', [systemMessage, userMessage, assistantMessage, toolMessage]);

const functionTool = z.object({
  type: z.literal('function'),
  function: z.object({
    name: z.string().min(1),
    description: z.string().optional(),
    parameters: z.record(z.string(), z.unknown()).optional(),
    strict: z.boolean().nullish(),
  }),
  cache_control: cacheControl.optional(),
});

/** Anthropic server tools (web search, code execution, …) pass through as written. */
const serverTool = z.looseObject({ type: z.string().regex(/^(?!function$)[a-z_]+\d*$/), name: z.string() });

const toolChoice = z.union([
  z.enum(['auto', 'required', 'none']),
  z.object({ type: z.literal('function'), function: z.object({ name: z.string().min(1) }) }),
]);

const thinking = z.union([
  z.object({ type: z.literal('enabled'), budget_tokens: z.number().int().min(1024) }),
  z.object({ type: z.literal('adaptive'), display: z.enum(['summarized', 'omitted']).optional() }),
  z.object({ type: z.literal('disabled') }),
]);

const responseFormat = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text') }),
  z.object({ type: z.literal('json_object') }),
  z.object({
    type: z.literal('json_schema'),
    json_schema: z.object({
      name: z.string(),
      description: z.string().optional(),
      schema: z.record(z.string(), z.unknown()).optional(),
      strict: z.boolean().nullish(),
    }),
  }),
]);

export const chatRequestSchema = z.object({
  model: z.string().min(1),
  messages: z.array(chatMessage).min(1, 'messages must contain at least one message'),
  stream: z.boolean().nullish(),
  stream_options: z.object({ include_usage: z.boolean().optional() }).nullish(),
  max_tokens: z.number().int().positive().nullish(),
  max_completion_tokens: z.number().int().positive().nullish(),
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().min(0).max(1).nullish(),
  top_k: z.number().int().positive().nullish(),
  stop: z.union([z.string(), z.array(z.string())]).nullish(),
  n: z.number().int().positive().nullish(),
  user: z.string().nullish(),
  seed: z.number().int().nullish(),
  presence_penalty: z.number().nullish(),
  frequency_penalty: z.number().nullish(),
  logit_bias: z.record(z.string(), z.number()).nullish(),
  logprobs: z.boolean().nullish(),
  top_logprobs: z.number().int().nullish(),
  tools: z.array(z.union([functionTool, serverTool])).optional(),
  tool_choice: toolChoice.optional(),
  parallel_tool_calls: z.boolean().optional(),
  response_format: responseFormat.optional(),
  reasoning_effort: z.enum(['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max']).nullish(),
  // Anthropic extensions
  thinking: thinking.optional(),
  anthropic_beta: z.union([z.string(), z.array(z.string())]).optional(),
  metadata: z.record(z.string(), z.string()).optional(),
});

export type ChatRequest = z.infer<typeof chatRequestSchema>;
export type ChatMessage = z.infer<typeof chatMessage>;
export type UserContentPart = z.infer<typeof userContentPart>;

/** Turns zod issues into one sentence that names each offending field. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(body)'}: ${issue.message}`)
    .join('; ');
}
