/**
 * The scripted scenarios: each turns a request into either an HTTP error or a
 * sequence of Messages API stream events plus how the stream should end.
 */
import { isRecord, oneLine, type DocumentInfo, type RequestInfo, type ToolInfo } from './request-info.js';
import { cutEvery, longMarkdown } from './long-markdown.js';
import { ReplyScript, wordChunks } from './reply-script.js';
import type { CanonicalScenario } from './scenario-names.js';
import type { Citation, ErrorType, JsonValue, StreamEvent } from './wire.js';

export interface ErrorOutcome {
  kind: 'error';
  status: number;
  errorType: ErrorType;
  message: string;
  headers?: Record<string, string>;
}

/**
 * complete: events end with message_stop. error_event: an `event: error` frame follows.
 * cut: the socket is destroyed. end_early: the response ends cleanly without message_stop.
 */
export type StreamEnding = 'complete' | 'error_event' | 'cut' | 'end_early';

export interface EventsOutcome {
  kind: 'events';
  events: StreamEvent[];
  ending: StreamEnding;
  /** Pause before each event after message_start. */
  paceMs: number;
}

export type Outcome = ErrorOutcome | EventsOutcome;

export interface ScenarioContext {
  request: RequestInfo;
  messageId: string;
  /** How many times this scenario has been selected so far, this one included. */
  useCount: number;
  /** The server's delayMs option, when given. */
  delayMs: number | undefined;
}

const SLOW_DEFAULT_MS = 100;
/** About 1,000 deltas of `long_markdown` at this pace stream for a few seconds. */
const LONG_MARKDOWN_PACE_MS = 4;

/** The deterministic reply of the `text` scenario (tests rebuild it to compare). */
export function echoReply(request: RequestInfo): string {
  const said = oneLine(request.lastUserText || request.lastToolResultText).slice(0, 60);
  const system = request.systemText ? ` (system: ${oneLine(request.systemText).slice(0, 30)})` : '';
  return `Hello from the fake Anthropic. You said: "${said}".${system}`;
}

export function buildOutcome(scenario: CanonicalScenario, ctx: ScenarioContext): Outcome {
  const { request } = ctx;
  const script = () => new ReplyScript(ctx.messageId, request.model, request.inputTokens);
  const events = (s: ReplyScript, ending: StreamEnding = 'complete', paceMs = ctx.delayMs ?? 0): EventsOutcome => ({
    kind: 'events',
    events: s.events,
    ending,
    paceMs,
  });
  const reply = wordChunks(echoReply(request));

  switch (scenario) {
    case 'text':
      return events(script().text(reply).finish('end_turn'));
    case 'long':
      return events(script().text(numberedWords(200)).finish('end_turn'));
    case 'slow':
      return events(script().text(numberedWords(200)).finish('end_turn'), 'complete', ctx.delayMs ?? SLOW_DEFAULT_MS);
    case 'thinking':
      return events(
        script()
          .thinking(wordChunks(thinkingText(request)), fakeThinkingSignature(request.lastUserText))
          .text(reply)
          .finish('end_turn'),
      );
    case 'redacted_thinking':
      return events(
        script().redactedThinking(fakeOpaque(`redacted:${oneLine(request.lastUserText)}`)).text(reply).finish('end_turn'),
      );
    case 'tool_use':
    case 'parallel_tools':
      return events(toolScript(script(), request.tools, scenario === 'parallel_tools'));
    case 'thinking_tool_use':
      // Extended thinking with tools: the signed block comes first and must be sent back with the tool_result.
      return events(
        toolScript(script().thinking(wordChunks(thinkingText(request)), fakeThinkingSignature(request.lastUserText)), request.tools, false),
      );
    case 'citations':
      return events(citationScript(script(), request.documents));
    case 'cache':
      return events(
        new ReplyScript(ctx.messageId, request.model, request.inputTokens, { creation5m: 800, creation1h: 400, read: 3400 })
          .text(reply)
          .finish('end_turn'),
      );
    case 'max_tokens':
      return events(
        script()
          .text(reply.slice(0, Math.max(1, Math.floor(reply.length / 2))))
          .finish('max_tokens', { outputTokens: request.maxTokens ?? 16 }),
      );
    case 'stop_sequence':
      return events(script().text(reply).finish('stop_sequence', { stopSequence: request.stopSequences[0] ?? 'END' }));
    case 'refusal':
      return events(
        script()
          .text(wordChunks("I'm sorry, but I can't help with that."))
          .finish('refusal', {
            stopDetails: { type: 'refusal', category: null, explanation: 'Fake refusal from the fake Anthropic server.' },
          }),
      );
    case 'pause_turn':
      return events(script().text(wordChunks('Still working on this, continue the turn to resume.')).finish('pause_turn'));
    case 'midstream_error':
      return events(script().text(reply.slice(0, 3), undefined, false), 'error_event');
    case 'cut':
      return events(script().text(reply.slice(0, 3), undefined, false), 'cut');
    case 'no_stop':
      return events(script().text(reply).finish('end_turn', { withStop: false }), 'end_early');
    case 'flaky_529':
      return ctx.useCount === 1 ? httpError('error_529') : events(script().text(reply).finish('end_turn'));
    case 'long_markdown':
      return events(script().text(cutEvery(longMarkdown(), 40)).finish('end_turn'), 'complete', ctx.delayMs ?? LONG_MARKDOWN_PACE_MS);
    case 'hostile_markdown':
      return events(script().text(wordChunks(HOSTILE_MARKDOWN)).finish('end_turn'));
    case 'error_400':
    case 'error_401':
    case 'error_403':
    case 'error_404':
    case 'error_413':
    case 'error_429':
    case 'error_500':
    case 'error_529':
      return httpError(scenario, request.model);
  }
}

type ErrorScenario = Extract<CanonicalScenario, `error_${string}`>;

const ERRORS: Record<ErrorScenario, Omit<ErrorOutcome, 'kind'>> = {
  error_400: { status: 400, errorType: 'invalid_request_error', message: 'Invalid request (fake scenario error_400).' },
  error_401: { status: 401, errorType: 'authentication_error', message: 'invalid x-api-key' },
  error_403: {
    status: 403,
    errorType: 'permission_error',
    message: 'Your API key does not have permission to use the specified resource.',
  },
  error_404: { status: 404, errorType: 'not_found_error', message: 'model: not found (fake scenario error_404)' },
  error_413: { status: 413, errorType: 'request_too_large', message: 'Request exceeds the maximum allowed number of bytes.' },
  error_429: {
    status: 429,
    errorType: 'rate_limit_error',
    message: 'This request would exceed the rate limit for your organization (fake scenario error_429).',
    headers: {
      'retry-after': '2',
      'anthropic-ratelimit-requests-limit': '50',
      'anthropic-ratelimit-requests-remaining': '0',
      'anthropic-ratelimit-requests-reset': '1970-01-01T00:00:02Z',
      'anthropic-ratelimit-tokens-limit': '40000',
      'anthropic-ratelimit-tokens-remaining': '0',
      'anthropic-ratelimit-tokens-reset': '1970-01-01T00:00:02Z',
    },
  },
  error_500: { status: 500, errorType: 'api_error', message: 'Internal server error' },
  error_529: { status: 529, errorType: 'overloaded_error', message: 'Overloaded' },
};

export function httpError(scenario: ErrorScenario, model?: string): ErrorOutcome {
  const spec = ERRORS[scenario];
  const message = scenario === 'error_404' && model ? `model: ${model}` : spec.message;
  return { kind: 'error', ...spec, message };
}

/**
 * Ordinary markdown mixed with HTML and URLs that must never run or load in a renderer.
 * Each hostile line sets `window.__pwned` if it executes, so a test only has to check that it is undefined.
 */
export const HOSTILE_MARKDOWN = [
  '# Hostile markdown',
  '',
  'Some **bold** text and a [safe link](https://example.com).',
  '',
  '<script>window.__pwned=1</script>',
  '',
  '<img src=x onerror="window.__pwned=2">',
  '',
  'A [click](javascript:window.__pwned=3) link and <a href="javascript:alert(1)">x</a> inline.',
  '',
  '<iframe src="https://example.com"></iframe>',
  '',
  '![alt](https://example.com/track.png)',
  '',
  '<style>body{display:none}</style>',
  '',
  '- first item',
  '- second item',
  '',
  '| name | value |',
  '| --- | --- |',
  '| alpha | 1 |',
  '',
  '```ts',
  'const answer: number = 42;',
  '```',
  '',
].join('\n');

function numberedWords(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i === 0 ? 'word1' : ` word${i + 1}`));
}

function thinkingText(request: RequestInfo): string {
  return fakeThinkingText(request.lastUserText);
}

/** The thinking of `thinking` and `thinking_tool_use` for a last user text (tests rebuild it to compare). */
export function fakeThinkingText(lastUserText: string): string {
  return `The user wrote "${oneLine(lastUserText).slice(0, 40)}". A short, friendly and deterministic answer will do.`;
}

/** The signature that goes with fakeThinkingText. */
export function fakeThinkingSignature(lastUserText: string): string {
  return fakeOpaque(`signature:${fakeThinkingText(lastUserText)}`);
}

/** Opaque-looking base64, derived from the request so identical requests get identical blocks. */
function fakeOpaque(seed: string): string {
  return Buffer.from(`fake-anthropic:${seed}`).toString('base64');
}

function toolScript(script: ReplyScript, tools: readonly ToolInfo[], parallel: boolean): ReplyScript {
  const first: ToolInfo = tools[0] ?? { name: 'get_weather', inputSchema: undefined };
  const second: ToolInfo = tools[1] ?? first;
  const names = parallel && second.name !== first.name ? `${first.name} and ${second.name}` : first.name;
  script.text(wordChunks(`I'll call ${names} to answer that.`));
  script.toolUse('toolu_fake_1', first.name, fakeToolInput(first, 1, tools.length === 0));
  if (parallel) script.toolUse('toolu_fake_2', second.name, fakeToolInput(second, 2, tools.length === 0));
  return script.finish('tool_use');
}

/** Plausible input from the tool's JSON schema, so apps can run their tool loop. */
export function fakeToolInput(tool: ToolInfo, variant: number, isDefaultTool: boolean): JsonValue {
  const schema = isRecord(tool.inputSchema) ? tool.inputSchema : {};
  const properties = isRecord(schema.properties) ? schema.properties : undefined;
  const place = variant === 1 ? 'San Francisco, CA' : 'Paris, France';
  if (!properties) return isDefaultTool ? { location: place, unit: 'celsius' } : {};

  const input: Record<string, JsonValue> = {};
  for (const [key, property] of Object.entries(properties)) {
    const prop = isRecord(property) ? property : {};
    const firstEnum = Array.isArray(prop.enum) ? (prop.enum[0] as JsonValue | undefined) : undefined;
    if (firstEnum !== undefined) input[key] = firstEnum;
    else if (prop.type === 'number' || prop.type === 'integer') input[key] = variant;
    else if (prop.type === 'boolean') input[key] = true;
    else if (prop.type === 'array') input[key] = [];
    else if (prop.type === 'object') input[key] = {};
    else input[key] = /location|city|place/i.test(key) ? place : `fake ${key} ${variant}`;
  }
  return input;
}

const FALLBACK_DOCUMENT = 'The grass is green. The sky is blue.';

/** Real cited answers alternate plain connective blocks and cited claim blocks. */
function citationScript(script: ReplyScript, documents: readonly DocumentInfo[]): ReplyScript {
  const [first, second] = citationsFor(documents[0]);
  script.text(wordChunks('According to the document, '));
  script.text(wordChunks(claimOf(first)), [first]);
  script.text([' and ']);
  script.text(wordChunks(claimOf(second)), [second]);
  script.text(['.']);
  return script.finish('end_turn');
}

function claimOf(citation: Citation): string {
  return oneLine(citation.cited_text).replace(/[.!?]+$/, '') || 'the document says so';
}

/** Two citations into document 0, in the location format its source type gets. */
function citationsFor(doc: DocumentInfo | undefined): [Citation, Citation] {
  const title = doc ? doc.title : 'Fake document';
  if (doc?.kind === 'pdf') {
    const page = (n: number): Citation => ({
      type: 'page_location',
      cited_text: `Text of page ${n} of the PDF.`,
      document_index: 0,
      document_title: title,
      start_page_number: n,
      end_page_number: n + 1,
      file_id: null,
    });
    return [page(1), page(2)];
  }
  if (doc?.kind === 'content') {
    const block = (n: number): Citation => {
      const at = Math.min(n, Math.max(0, doc.chunks.length - 1));
      return {
        type: 'content_block_location',
        cited_text: doc.chunks[at] ?? '',
        document_index: 0,
        document_title: title,
        start_block_index: at,
        end_block_index: at + 1,
        file_id: null,
      };
    };
    return [block(0), block(1)];
  }
  const text = doc?.chunks[0] || FALLBACK_DOCUMENT;
  const sentences = [...text.matchAll(/[^.!?]+[.!?]*\s*/g)];
  const span = (n: number): Citation => {
    const match = sentences[Math.min(n, sentences.length - 1)];
    const start = match?.index ?? 0;
    const cited = match?.[0] ?? text;
    return {
      type: 'char_location',
      cited_text: cited,
      document_index: 0,
      document_title: title,
      start_char_index: start,
      end_char_index: start + cited.length,
      file_id: null,
    };
  };
  return [span(0), span(1)];
}
