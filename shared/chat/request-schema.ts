import { z } from 'zod';

/**
 * OpenAI Chat Completions request, with Duet's Anthropic extensions
 * (see docs/gateway.md). Validated in the hosts and in the HTTP endpoint, so a
 * bad field becomes a 400 that names it instead of an upstream surprise.
 */

export const cacheControl = z.object({
  type: z.literal('ephemeral'),
  ttl: z.enum(['5m', '1h']).optional(),
});

const citationsConfig = z.object({ enabled: z.boolean() });

/** Document options Anthropic accepts on every document block (title, context, citations). */
const documentOptions = {
  cache_control: cacheControl.optional(),
  citations: citationsConfig.optional(),
  title: z.string().optional(),
  context: z.string().optional(),
};

const textPart = z.object({
  type: z.literal('text'),
  text: z.string(),
  cache_control: cacheControl.optional(),
  /** Only meaningful in assistant turns; the translator rejects non-empty citations elsewhere. */
  citations: z.array(z.record(z.string(), z.unknown())).nullish(),
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
    /** Duet extension (also Portkey's shape): a PDF by URL. */
    file_url: z.string().optional(),
    filename: z.string().optional(),
    format: z.string().optional(),
  }),
  ...documentOptions,
});

/** Duet extension: `{ type: "file_url", file_url: { url } }` sends a PDF by URL. */
const fileUrlPart = z.object({
  type: z.literal('file_url'),
  file_url: z.object({ url: z.string().min(1) }),
  ...documentOptions,
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

/**
 * A content part whose `type` is checked first, so an unsupported part is a 400
 * naming `…content.N.type` (not a vague union error) before its fields are parsed.
 */
type LoosePart = { [key: string]: unknown; type?: string | undefined };

function contentPart<T extends z.ZodType<unknown, LoosePart>>(known: T, types: readonly string[], reasons: Readonly<Record<string, string>>) {
  return z
    .looseObject({ type: z.string().optional() })
    .superRefine((part, ctx) => {
      if (part.type !== undefined && types.includes(part.type)) return;
      const reason = part.type === undefined ? 'a content part needs a "type"' : reasons[part.type] ?? `content part type "${part.type}" is not supported`;
      ctx.addIssue({ code: 'custom', path: ['type'], message: `${reason} (accepted here: ${types.join(', ')})` });
    })
    .pipe(known);
}

const USER_PART_TYPES = ['text', 'image_url', 'file', 'file_url', 'document', 'search_result'] as const;
const USER_PART_REASONS: Record<string, string> = {
  input_audio: 'audio input is not supported by Claude models',
  video_url: 'video input is not supported by Claude models',
  thinking: 'thinking blocks belong in assistant messages',
  redacted_thinking: 'thinking blocks belong in assistant messages',
};

// API version 2026-10-21 rejects document blocks in assistant turns
// (https://platform.claude.com/docs/en/api/versioning).
const ASSISTANT_PART_TYPES = ['text', 'thinking', 'redacted_thinking'] as const;
const ASSISTANT_PART_REASONS: Record<string, string> = {
  document: 'document blocks are not accepted in assistant messages (Messages API 2026-10-21); send documents in a user message',
  image_url: 'images can only be sent in user or tool messages',
  file: 'files can only be sent in user or tool messages',
  refusal: 'refusal parts cannot be sent back to Claude',
};

export const userContentPart = contentPart(
  z.discriminatedUnion('type', [textPart, imageUrlPart, filePart, fileUrlPart, nativePart]),
  USER_PART_TYPES,
  USER_PART_REASONS,
);
const assistantContentPart = contentPart(
  z.discriminatedUnion('type', [textPart, thinkingPart, redactedThinkingPart]),
  ASSISTANT_PART_TYPES,
  ASSISTANT_PART_REASONS,
);

const toolCall = z.object({
  id: z.string().min(1),
  type: z.literal('function'),
  function: z.object({ name: z.string().min(1), arguments: z.string() }),
});

/** Message-level `cache_control` (LiteLLM's extension) marks the message's last block. */
const systemMessage = z.object({
  role: z.enum(['system', 'developer']),
  content: z.union([z.string(), z.array(textPart)]),
  name: z.string().optional(),
  cache_control: cacheControl.optional(),
});

const userMessage = z.object({
  role: z.literal('user'),
  content: z.union([z.string(), z.array(userContentPart)]),
  name: z.string().optional(),
  cache_control: cacheControl.optional(),
});

const assistantMessage = z.object({
  role: z.literal('assistant'),
  content: z.union([z.string(), z.array(assistantContentPart)]).nullish(),
  name: z.string().optional(),
  tool_calls: z.array(toolCall).optional(),
  reasoning_content: z.string().nullish(),
  thinking_blocks: z.array(z.union([thinkingPart, redactedThinkingPart])).optional(),
  cache_control: cacheControl.optional(),
});

const toolMessage = z.object({
  role: z.literal('tool'),
  tool_call_id: z.string().min(1),
  content: z.union([z.string(), z.array(userContentPart)]),
  is_error: z.boolean().optional(),
  cache_control: cacheControl.optional(),
});

export const chatMessage = z.discriminatedUnion('role', [systemMessage, userMessage, assistantMessage, toolMessage]);

const functionTool = z.object({
  type: z.literal('function'),
  function: z.object({
    name: z.string().min(1),
    description: z.string().optional(),
    parameters: z.record(z.string(), z.unknown()).optional(),
    strict: z.boolean().nullish(),
    cache_control: cacheControl.optional(),
  }),
  cache_control: cacheControl.optional(),
});

/** Anthropic server tools (web search, code execution, toolsets, …) pass through as written. */
const serverTool = z.looseObject({ type: z.string().regex(/^(?!function$)[a-z_]+\d*$/), name: z.string().optional() });

const toolChoice = z.union([
  z.enum(['auto', 'required', 'none']),
  z.object({ type: z.literal('function'), function: z.object({ name: z.string().min(1) }) }),
]);

const thinkingDisplay = z.enum(['summarized', 'omitted']).optional();
const thinking = z.union([
  z.object({ type: z.literal('enabled'), budget_tokens: z.number().int().min(1024), display: thinkingDisplay }),
  z.object({ type: z.literal('adaptive'), display: thinkingDisplay }),
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
  safety_identifier: z.string().nullish(),
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
