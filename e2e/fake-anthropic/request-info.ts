/**
 * Reads what the scenarios need out of an untrusted Messages API request body.
 * Every accessor tolerates any shape: the fake server must never crash on input.
 */

export interface ToolInfo {
  name: string;
  inputSchema: unknown;
}

export interface DocumentInfo {
  /** text: plain-text source; pdf: base64/url/file PDF; content: custom content blocks. */
  kind: 'text' | 'pdf' | 'content';
  title: string | null;
  /** The citable text (plain text source, or each custom content block). */
  chunks: string[];
}

export interface RequestInfo {
  model: string;
  maxTokens: number | null;
  stream: boolean;
  systemText: string;
  /** Text of the last user message (string content or its text blocks). */
  lastUserText: string;
  /** Text of tool_result blocks in the last user message, for tool-loop replies. */
  lastToolResultText: string;
  tools: ToolInfo[];
  stopSequences: string[];
  documents: DocumentInfo[];
  /** Deterministic estimate shared by usage.input_tokens and count_tokens. */
  inputTokens: number;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function asString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** Text of string content or of the `text` blocks in block content. */
function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  return asArray(content)
    .map((block) => (isRecord(block) && block.type === 'text' ? (asString(block.text) ?? '') : ''))
    .filter((text) => text !== '')
    .join('\n');
}

export function estimateInputTokens(body: Record<string, unknown>): number {
  const counted = JSON.stringify({ system: body.system, messages: body.messages, tools: body.tools }) ?? '';
  return Math.max(1, Math.ceil(counted.length / 4));
}

/** Returns the message of a 400 invalid_request_error, or null when the body is usable. */
export function validateBody(body: unknown, needsMaxTokens: boolean): string | null {
  if (!isRecord(body)) return 'Request body must be a JSON object.';
  if (typeof body.model !== 'string' || body.model === '') return 'model: Field required';
  if (needsMaxTokens) {
    if (body.max_tokens === undefined) return 'max_tokens: Field required';
    if (typeof body.max_tokens !== 'number' || !Number.isInteger(body.max_tokens) || body.max_tokens < 1) {
      return 'max_tokens: Input should be a positive integer';
    }
  }
  if (!Array.isArray(body.messages)) return 'messages: Field required';
  if (body.messages.length === 0) return 'messages: at least one message is required';
  if (!body.messages.every(isRecord)) return 'messages: each message must be an object';
  return null;
}

export function readRequestInfo(body: Record<string, unknown>): RequestInfo {
  const messages = asArray(body.messages).filter(isRecord);
  const lastUser = [...messages].reverse().find((message) => message.role === 'user');
  const lastUserBlocks = asArray(lastUser?.content).filter(isRecord);

  return {
    model: asString(body.model) ?? 'claude-fake',
    maxTokens: typeof body.max_tokens === 'number' ? body.max_tokens : null,
    stream: body.stream === true,
    systemText: textOf(body.system),
    lastUserText: textOf(lastUser?.content),
    lastToolResultText: lastUserBlocks
      .filter((block) => block.type === 'tool_result')
      .map((block) => textOf(block.content))
      .join('\n'),
    tools: asArray(body.tools)
      .filter(isRecord)
      .flatMap((tool) => {
        const name = asString(tool.name);
        return name ? [{ name, inputSchema: tool.input_schema }] : [];
      }),
    stopSequences: asArray(body.stop_sequences).filter((s): s is string => typeof s === 'string' && s !== ''),
    documents: messages.flatMap((message) => asArray(message.content).filter(isRecord).flatMap(readDocument)),
    inputTokens: estimateInputTokens(body),
  };
}

function readDocument(block: Record<string, unknown>): DocumentInfo[] {
  if (block.type !== 'document') return [];
  const title = asString(block.title);
  const source = isRecord(block.source) ? block.source : {};
  if (source.type === 'text') return [{ kind: 'text', title, chunks: [asString(source.data) ?? ''] }];
  if (source.type === 'content') {
    const chunks =
      typeof source.content === 'string'
        ? [source.content]
        : asArray(source.content).map((part) => (isRecord(part) ? (asString(part.text) ?? '') : ''));
    return [{ kind: 'content', title, chunks }];
  }
  return [{ kind: 'pdf', title, chunks: [] }];
}

/** Collapses whitespace so echoed text stays on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
