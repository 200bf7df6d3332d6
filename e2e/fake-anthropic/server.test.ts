import Anthropic, {
  APIError,
  AuthenticationError,
  BadRequestError,
  ContentTooLargeError,
  InternalServerError,
  NotFoundError,
  OverloadedError,
  PermissionDeniedError,
  RateLimitError,
} from '@anthropic-ai/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeAnthropic, type FakeAnthropic } from './server.js';
import { SCENARIO_NAMES, type CanonicalScenario } from './scenario-names.js';

type MessageParams = Anthropic.MessageCreateParamsNonStreaming;

const API_HEADERS = { 'x-api-key': 'sk-ant-test', 'anthropic-version': '2023-06-01', 'content-type': 'application/json' };

let fake: FakeAnthropic;
let client: Anthropic;

beforeAll(async () => {
  fake = await startFakeAnthropic();
  client = new Anthropic({ apiKey: 'sk-ant-test', baseURL: fake.url, maxRetries: 0 });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

function params(text = 'Hi there', extra: Partial<MessageParams> = {}): MessageParams {
  return { model: 'claude-sonnet-5-5', max_tokens: 256, messages: [{ role: 'user', content: text }], ...extra };
}

function withScenario(name: string): { headers: Record<string, string> } {
  return { headers: { 'x-fake-scenario': name } };
}

interface SseEvent {
  event: string;
  data: Record<string, unknown>;
}

function parseSse(text: string): SseEvent[] {
  return text
    .split('\n\n')
    .filter((frame) => frame.trim() !== '')
    .map((frame) => {
      const event = /^event: (.*)$/m.exec(frame)?.[1] ?? '';
      const data = /^data: (.*)$/m.exec(frame)?.[1] ?? 'null';
      return { event, data: JSON.parse(data) as Record<string, unknown> };
    });
}

function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${fake.url}${path}`, {
    method: 'POST',
    headers: { ...API_HEADERS, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function rawStream(scenario: string, body: Partial<MessageParams> = {}): Promise<{ res: Response; events: SseEvent[] }> {
  const res = await post('/v1/messages', { ...params(), ...body, stream: true }, { 'x-fake-scenario': scenario });
  return { res, events: parseSse(await res.text()) };
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

const expectedEcho = (said: string, system?: string): string =>
  `Hello from the fake Anthropic. You said: "${said}".${system ? ` (system: ${system})` : ''}`;

describe('text scenario', () => {
  it('streams word-sized deltas that the SDK assembles into the echo reply', async () => {
    const stream = client.messages.stream(params('Tell me a joke', { system: 'You are a pirate.' }));
    const deltas: string[] = [];
    stream.on('text', (text) => deltas.push(text));
    const message = await stream.finalMessage();

    expect(deltas.length).toBeGreaterThanOrEqual(5);
    expect(message.id).toBe(`msg_fake_${fake.requests[0]?.id}`);
    expect(message.model).toBe('claude-sonnet-5-5');
    expect(message.role).toBe('assistant');
    expect(message.stop_reason).toBe('end_turn');
    expect(message.content).toEqual([{ type: 'text', text: expectedEcho('Tell me a joke', 'You are a pirate.') }]);
    expect(message.usage.output_tokens).toBeGreaterThan(0);
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/v1/messages', scenario: 'text', completed: true, clientClosed: false });
  });

  it('answers non-streaming with the same message, and usage matches count_tokens', async () => {
    const body = params('Same please');
    const message = await client.messages.create(body);
    const streamed = await client.messages.stream(body).finalMessage();
    const counted = await client.messages.countTokens({ model: body.model, messages: body.messages });

    expect(message.content).toEqual(streamed.content);
    expect(message.stop_reason).toBe('end_turn');
    expect(message.usage.input_tokens).toBe(counted.input_tokens);
    expect(streamed.usage.input_tokens).toBe(counted.input_tokens);
  });

  it('truncates the echo to 60 characters and reads text blocks of the last user message', async () => {
    const long = 'x'.repeat(100);
    const message = await client.messages.create({
      ...params(),
      messages: [
        { role: 'user', content: 'first' },
        { role: 'assistant', content: 'ok' },
        { role: 'user', content: [{ type: 'text', text: long }] },
      ],
    });
    expect(message.content).toEqual([{ type: 'text', text: expectedEcho('x'.repeat(60)) }]);
  });

  it('emits a well-formed SSE sequence with the real API headers', async () => {
    const { res, events } = await rawStream('text');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(res.headers.get('request-id')).toMatch(/^req_fake_\d+$/);
    expect(res.headers.get('anthropic-organization-id')).toBeTruthy();

    for (const { event, data } of events) expect(data.type).toBe(event);
    const types = events.map((e) => e.event);
    expect(types.slice(0, 3)).toEqual(['message_start', 'ping', 'content_block_start']);
    expect(types.slice(-3)).toEqual(['content_block_stop', 'message_delta', 'message_stop']);
    const start = events[0]?.data.message as Record<string, unknown>;
    expect(start).toMatchObject({ type: 'message', role: 'assistant', content: [], stop_reason: null, model: 'claude-sonnet-5-5' });
    expect(start.usage).toMatchObject({ input_tokens: expect.any(Number), output_tokens: expect.any(Number) });
    expect(events.at(-2)?.data).toMatchObject({ delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: expect.any(Number) } });
  });
});

const MESSAGE_SCENARIOS: CanonicalScenario[] = [
  'text', 'long', 'thinking', 'redacted_thinking', 'tool_use', 'parallel_tools', 'thinking_tool_use', 'citations', 'cache',
  'max_tokens', 'stop_sequence', 'refusal', 'pause_turn', 'hostile_markdown', 'long_markdown',
];

describe('every message scenario, streaming and not', () => {
  it.each(MESSAGE_SCENARIOS)('%s: the SDK stream and the non-streaming answer agree', async (scenario) => {
    const body = params(`Please run ${scenario}`);
    const streamed = await client.messages.stream(body, withScenario(scenario)).finalMessage();
    const whole = await client.messages.create(body, withScenario(scenario));
    expect(streamed.content.length).toBeGreaterThan(0);
    expect(whole.content).toEqual(streamed.content);
    expect(whole.stop_reason).toBe(streamed.stop_reason);
    expect(whole.stop_sequence).toBe(streamed.stop_sequence);
    expect(whole.usage.output_tokens).toBe(streamed.usage.output_tokens);
    expect(fake.requests.map((r) => r.scenario)).toEqual([scenario, scenario]);
  });

  it('long streams about 200 text deltas', async () => {
    const { events } = await rawStream('long');
    const deltas = events.filter((e) => e.event === 'content_block_delta');
    expect(deltas.length).toBe(200);
  });
});

describe('thinking', () => {
  it('thinking: a signed thinking block, then text', async () => {
    const { events } = await rawStream('thinking');
    const deltaTypes = events.filter((e) => e.event === 'content_block_delta').map((e) => (e.data.delta as { type: string }).type);
    expect(deltaTypes.filter((t) => t === 'thinking_delta').length).toBeGreaterThanOrEqual(3);
    expect(deltaTypes.indexOf('signature_delta')).toBeGreaterThan(deltaTypes.lastIndexOf('thinking_delta'));

    const message = await client.messages.stream(params('Ponder'), withScenario('thinking')).finalMessage();
    expect(message.content.map((b) => b.type)).toEqual(['thinking', 'text']);
    const thinking = message.content[0];
    if (thinking?.type !== 'thinking') throw new Error('expected thinking');
    expect(thinking.thinking).toContain('Ponder');
    expect(thinking.signature.length).toBeGreaterThan(10);
  });

  it('redacted_thinking: an opaque block, then text', async () => {
    const message = await client.messages.stream(params(), withScenario('redacted_thinking')).finalMessage();
    expect(message.content.map((b) => b.type)).toEqual(['redacted_thinking', 'text']);
    const redacted = message.content[0];
    expect(redacted?.type === 'redacted_thinking' && redacted.data.length > 0).toBe(true);
  });
});

describe('tools', () => {
  const tools: Anthropic.Tool[] = [
    {
      name: 'lookup',
      description: 'Look something up',
      input_schema: { type: 'object', properties: { query: { type: 'string' }, limit: { type: 'integer' }, mode: { type: 'string', enum: ['fast', 'deep'] } } },
    },
    { name: 'get_time', input_schema: { type: 'object', properties: { city: { type: 'string' } } } },
  ];

  it('tool_use: text, then one tool_use for the first request tool', async () => {
    const message = await client.messages.stream(params('Look it up', { tools }), withScenario('tool_use')).finalMessage();
    expect(message.stop_reason).toBe('tool_use');
    expect(message.content.map((b) => b.type)).toEqual(['text', 'tool_use']);
    expect(message.content[1]).toMatchObject({ id: 'toolu_fake_1', name: 'lookup', input: { query: 'fake query 1', limit: 1, mode: 'fast' } });
  });

  it('tool_use without tools uses get_weather, input streamed as several JSON fragments', async () => {
    const { events } = await rawStream('tool_use');
    const fragments = events
      .filter((e) => (e.data.delta as { type?: string } | undefined)?.type === 'input_json_delta')
      .map((e) => (e.data.delta as { partial_json: string }).partial_json);
    expect(fragments.filter((f) => f !== '').length).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(fragments.join(''))).toEqual({ location: 'San Francisco, CA', unit: 'celsius' });
    const start = events.find((e) => (e.data.content_block as { type?: string } | undefined)?.type === 'tool_use');
    expect(start?.data.content_block).toEqual({ type: 'tool_use', id: 'toolu_fake_1', name: 'get_weather', input: {} });
  });

  it('thinking_tool_use: a signed thinking block, then text and one tool_use', async () => {
    const message = await client.messages.stream(params('Check it', { tools }), withScenario('thinking_tool_use')).finalMessage();
    expect(message.stop_reason).toBe('tool_use');
    expect(message.content.map((b) => b.type)).toEqual(['thinking', 'text', 'tool_use']);
    const thinking = message.content[0];
    expect(thinking?.type === 'thinking' && thinking.signature.length > 10 && thinking.thinking.includes('Check it')).toBe(true);
    expect(message.content[2]).toMatchObject({ id: 'toolu_fake_1', name: 'lookup' });
  });

  it('parallel_tools: two tool_use blocks', async () => {
    const message = await client.messages.create(params('Both', { tools }), withScenario('parallel_tools'));
    expect(message.stop_reason).toBe('tool_use');
    const uses = message.content.filter((b) => b.type === 'tool_use');
    expect(uses.map((b) => [b.id, b.name])).toEqual([['toolu_fake_1', 'lookup'], ['toolu_fake_2', 'get_time']]);
    expect(uses[1]?.input).toEqual({ city: 'Paris, France' });
  });

  it('a tool_result turn gets the default text reply echoing the result', async () => {
    const message = await client.messages.create({
      model: 'claude-sonnet-5-5',
      max_tokens: 100,
      tools,
      messages: [
        { role: 'user', content: 'scenario:tool_use weather?' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_fake_1', name: 'lookup', input: {} }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_fake_1', content: '21 degrees' }] },
      ],
    });
    expect(fake.requests[0]?.scenario).toBe('text');
    expect(message.content).toEqual([{ type: 'text', text: expectedEcho('21 degrees') }]);
  });
});

describe('citations', () => {
  const doc = 'Cats purr when content. Dogs bark at strangers!';
  const withDocument = (source: Anthropic.DocumentBlockParam['source']): MessageParams =>
    params('', {
      messages: [
        {
          role: 'user',
          content: [
            { type: 'document', source, title: 'Pets', citations: { enabled: true } },
            { type: 'text', text: 'What do pets do?' },
          ],
        },
      ],
    });

  it('cites a plain-text document with char_location spans across text blocks', async () => {
    const stream = client.messages.stream(withDocument({ type: 'text', media_type: 'text/plain', data: doc }), withScenario('citations'));
    const seen: unknown[] = [];
    stream.on('citation', (citation) => seen.push(citation));
    const message = await stream.finalMessage();

    expect(seen).toHaveLength(2);
    const cited = message.content.flatMap((b) => (b.type === 'text' && b.citations ? [b] : []));
    expect(cited.map((b) => b.text)).toEqual(['Cats purr when content', 'Dogs bark at strangers']);
    for (const block of cited) {
      const citation = block.citations?.[0];
      if (citation?.type !== 'char_location') throw new Error('expected char_location');
      expect(citation.document_index).toBe(0);
      expect(citation.document_title).toBe('Pets');
      expect(doc.slice(citation.start_char_index, citation.end_char_index)).toBe(citation.cited_text);
    }
    expect(message.content.map((b) => (b.type === 'text' ? b.text : '')).join('')).toBe(
      'According to the document, Cats purr when content and Dogs bark at strangers.',
    );
  });

  it('cites a PDF with page_location', async () => {
    const message = await client.messages.create(
      withDocument({ type: 'base64', media_type: 'application/pdf', data: 'JVBERi0xLjQK' }),
      withScenario('citations'),
    );
    const citations = message.content.flatMap((b) => (b.type === 'text' ? (b.citations ?? []) : []));
    expect(citations.map((c) => c.type)).toEqual(['page_location', 'page_location']);
    expect(citations[0]).toMatchObject({ start_page_number: 1, end_page_number: 2, document_index: 0 });
  });

  it('sends citations_delta events inside the cited blocks', async () => {
    const { events } = await rawStream('citations');
    const citationDeltas = events.filter((e) => (e.data.delta as { type?: string } | undefined)?.type === 'citations_delta');
    expect(citationDeltas).toHaveLength(2);
    expect(new Set(citationDeltas.map((e) => e.data.index)).size).toBe(2);
  });
});

describe('usage and stop reasons', () => {
  it('cache: non-zero cache creation and read figures', async () => {
    const message = await client.messages.stream(params(), withScenario('cache')).finalMessage();
    expect(message.usage).toMatchObject({
      cache_creation_input_tokens: 1200,
      cache_read_input_tokens: 3400,
      cache_creation: { ephemeral_5m_input_tokens: 800, ephemeral_1h_input_tokens: 400 },
    });
  });

  it('max_tokens', async () => {
    const message = await client.messages.create(params('cut me short', { max_tokens: 7 }), withScenario('max_tokens'));
    expect(message.stop_reason).toBe('max_tokens');
    expect(message.usage.output_tokens).toBe(7);
  });

  it('stop_sequence: the first request stop sequence, else END', async () => {
    const first = await client.messages.stream(params('a', { stop_sequences: ['###', '@@'] }), withScenario('stop_sequence')).finalMessage();
    expect([first.stop_reason, first.stop_sequence]).toEqual(['stop_sequence', '###']);
    const second = await client.messages.create(params('b'), withScenario('stop_sequence'));
    expect([second.stop_reason, second.stop_sequence]).toEqual(['stop_sequence', 'END']);
  });

  it('refusal carries stop_details; pause_turn', async () => {
    const refusal = await client.messages.stream(params(), withScenario('refusal')).finalMessage();
    expect(refusal.stop_reason).toBe('refusal');
    expect(refusal.stop_details).toMatchObject({ type: 'refusal' });
    const paused = await client.messages.create(params(), withScenario('pause_turn'));
    expect(paused.stop_reason).toBe('pause_turn');
  });
});

const ERROR_CASES: [string, number, string, new (...args: never[]) => APIError][] = [
  ['error_400', 400, 'invalid_request_error', BadRequestError],
  ['error_401', 401, 'authentication_error', AuthenticationError],
  ['error_403', 403, 'permission_error', PermissionDeniedError],
  ['error_404', 404, 'not_found_error', NotFoundError],
  ['error_413', 413, 'request_too_large', ContentTooLargeError],
  ['error_429', 429, 'rate_limit_error', RateLimitError],
  ['error_500', 500, 'api_error', InternalServerError],
  ['error_529', 529, 'overloaded_error', OverloadedError],
  ['overloaded', 529, 'overloaded_error', OverloadedError],
  ['rate_limit', 429, 'rate_limit_error', RateLimitError],
];

describe('HTTP error scenarios', () => {
  it.each(ERROR_CASES)('%s → %i %s (SDK create and stream)', async (scenario, status, type, ErrorClass) => {
    const created = await rejectionOf(client.messages.create(params(), withScenario(scenario)));
    const streamed = await rejectionOf(client.messages.stream(params(), withScenario(scenario)).finalMessage());
    for (const error of [created, streamed]) {
      expect(error).toBeInstanceOf(ErrorClass);
      const apiError = error as APIError;
      expect(apiError.status).toBe(status);
      expect(apiError.type).toBe(type);
      expect(apiError.requestID).toMatch(/^req_fake_\d+$/);
    }
  });

  it('answers the exact error body before any SSE, with rate-limit headers on 429', async () => {
    const { res } = await rawStream('error_429');
    expect(res.status).toBe(429);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.headers.get('anthropic-ratelimit-requests-remaining')).toBe('0');
    const id = fake.requests[0]?.id;
    const overloaded = await post('/v1/messages', { ...params(), stream: true }, { 'x-fake-scenario': 'error_529' });
    expect(overloaded.status).toBe(529);
    expect(await overloaded.text()).toBe(
      `{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_fake_${(id ?? 0) + 1}"}`,
    );
  });

  it('flaky_529: the first use answers 529, the next succeeds (and the SDK retries through it)', async () => {
    const first = await rejectionOf(client.messages.create(params(), withScenario('flaky_529')));
    expect((first as APIError).status).toBe(529);
    const second = await client.messages.create(params('again'), withScenario('flaky_529'));
    expect(second.content).toEqual([{ type: 'text', text: expectedEcho('again') }]);

    fake.reset();
    const retrying = new Anthropic({ apiKey: 'sk-ant-test', baseURL: fake.url, maxRetries: 1 });
    const message = await retrying.messages.create(params('retry'), withScenario('flaky_529'));
    expect(message.stop_reason).toBe('end_turn');
    expect(fake.requests).toHaveLength(2);
  });
});

describe('broken streams', () => {
  it('midstream_error: a 200 stream ending in an error event, no message_stop', async () => {
    const { res, events } = await rawStream('midstream_error');
    expect(res.status).toBe(200);
    expect(events.some((e) => e.event === 'content_block_delta')).toBe(true);
    expect(events.at(-1)).toEqual({ event: 'error', data: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } } });
    expect(events.some((e) => e.event === 'message_stop')).toBe(false);

    const error = await rejectionOf(client.messages.stream(params(), withScenario('midstream_error')).finalMessage());
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).type).toBe('overloaded_error');
  });

  it('cut: the socket is destroyed mid-stream and the SDK throws', async () => {
    const res = await post('/v1/messages', { ...params(), stream: true }, { 'x-fake-scenario': 'cut' });
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
    await expect(client.messages.stream(params(), withScenario('cut')).finalMessage()).rejects.toThrow();
    await expect(client.messages.create(params(), withScenario('cut'))).rejects.toThrow();
    expect(fake.requests.every((r) => !r.completed && !r.clientClosed)).toBe(true);
  });

  it('no_stop: a clean end without message_stop, which the SDK rejects', async () => {
    const { events } = await rawStream('no_stop');
    expect(events.at(-1)?.event).toBe('message_delta');
    expect(events.some((e) => e.event === 'message_stop')).toBe(false);
    await expect(client.messages.stream(params(), withScenario('no_stop')).finalMessage()).rejects.toThrow();
  });
});

describe('client aborts', () => {
  it('slow: a Stop mid-stream is seen by waitForClientClose and stops the stream', async () => {
    const stream = client.messages.stream(params(), withScenario('slow'));
    let texts = 0;
    await new Promise<void>((resolve) =>
      stream.on('text', () => {
        texts += 1;
        if (texts === 2) resolve();
      }),
    );
    stream.abort();
    await expect(stream.finalMessage()).rejects.toThrow();
    const request = await fake.waitForRequest((r) => r.scenario === 'slow');
    await fake.waitForClientClose(request.id, 2000);
    expect(request).toMatchObject({ clientClosed: true, completed: false });
  });

  it('a non-streaming slow request aborted by the client is observed too', async () => {
    const controller = new AbortController();
    const pending = client.messages.create(params(), { ...withScenario('slow'), signal: controller.signal });
    const request = await fake.waitForRequest((r) => r.scenario === 'slow');
    controller.abort();
    await expect(pending).rejects.toThrow();
    await fake.waitForClientClose(request.id, 2000);
  });

  it('waitForClientClose rejects for a request that completed normally', async () => {
    await client.messages.create(params());
    const id = fake.requests[0]?.id ?? -1;
    await expect(fake.waitForClientClose(id, 500)).rejects.toThrow(/completed/);
  });

  it('close() ends a server with a slow stream in flight promptly', async () => {
    const other = await startFakeAnthropic();
    const res = await postTo(other.url, { ...params(), stream: true }, 'slow');
    const reader = res.body?.getReader();
    if (!reader) throw new Error('expected a body');
    await reader.read();
    const started = Date.now();
    await other.close();
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(drain(reader)).rejects.toThrow();
  });
});

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  while (!(await reader.read()).done) {
    // keep reading until the stream ends or fails
  }
}

function postTo(url: string, body: unknown, scenario: string): Promise<Response> {
  return fetch(`${url}/v1/messages`, { method: 'POST', headers: { ...API_HEADERS, 'x-fake-scenario': scenario }, body: JSON.stringify(body) });
}

describe('auth and validation', () => {
  it('missing x-api-key → 401 authentication_error', async () => {
    const res = await fetch(`${fake.url}/v1/messages`, {
      method: 'POST',
      headers: { 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
      body: JSON.stringify(params()),
    });
    expect(res.status).toBe(401);
    const body = (await res.json()) as { type: string; error: { type: string }; request_id: string };
    expect(body).toMatchObject({ type: 'error', error: { type: 'authentication_error' } });
    expect(body.request_id).toBe(res.headers.get('request-id'));
  });

  it('sk-ant-invalid → AuthenticationError "invalid x-api-key"', async () => {
    const bad = new Anthropic({ apiKey: 'sk-ant-invalid', baseURL: fake.url, maxRetries: 0 });
    const error = await rejectionOf(bad.messages.create(params()));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as APIError).apiMessage).toBe('invalid x-api-key');
  });

  it('missing anthropic-version, malformed JSON, missing fields → 400 invalid_request_error', async () => {
    const noVersion = await fetch(`${fake.url}/v1/messages`, { method: 'POST', headers: { 'x-api-key': 'k' }, body: JSON.stringify(params()) });
    const malformed = await post('/v1/messages', '{"model":');
    const noMax = await post('/v1/messages', { model: 'm', messages: [{ role: 'user', content: 'x' }] });
    for (const res of [noVersion, malformed, noMax]) {
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
    }
  });

  it('survives odd bodies without crashing', async () => {
    const odd: unknown[] = [
      [], 'null', 42, { model: 'm', max_tokens: 5, messages: [null] },
      { model: 'm', max_tokens: 5, messages: [{ role: 'user', content: 42 }], tools: [null, { name: 3 }], system: [{}], stop_sequences: [1] },
      { model: 'm', max_tokens: 5, messages: [{ role: 'user', content: [{ type: 'document', source: null }, { type: 'text' }] }] },
    ];
    for (const body of odd) {
      const res = await post('/v1/messages', typeof body === 'string' ? body : JSON.stringify(body), { 'x-fake-scenario': 'citations' });
      expect([200, 400]).toContain(res.status);
      await res.text();
    }
    const stillAlive = await client.messages.create(params('alive'));
    expect(stillAlive.stop_reason).toBe('end_turn');
  });
});

describe('scenario selection', () => {
  it('header beats queue, queue beats marker, marker beats default', async () => {
    fake.queueScenario('cache');
    await client.messages.create(params('scenario:refusal'), withScenario('max_tokens'));
    await client.messages.create(params('scenario:refusal'));
    await client.messages.create(params('please scenario:refusal now'));
    await client.messages.create(params('nothing'));
    expect(fake.requests.map((r) => r.scenario)).toEqual(['max_tokens', 'cache', 'refusal', 'text']);
  });

  it('reads the marker only from the last user message, also in text blocks', async () => {
    await client.messages.create({
      ...params(),
      messages: [
        { role: 'user', content: 'scenario:refusal' },
        { role: 'assistant', content: 'ok' },
        { role: 'user', content: [{ type: 'text', text: 'now' }, { type: 'text', text: 'scenario:thinking' }] },
      ],
    });
    await client.messages.create({
      ...params(),
      messages: [
        { role: 'user', content: 'scenario:refusal' },
        { role: 'assistant', content: 'ok' },
        { role: 'user', content: 'plain' },
      ],
    });
    expect(fake.requests.map((r) => r.scenario)).toEqual(['thinking', 'text']);
  });

  it('queue is FIFO and accepts aliases; unknown names are rejected', async () => {
    fake.queueScenario('long');
    fake.queueScenario('overloaded');
    await client.messages.create(params());
    await rejectionOf(client.messages.create(params()));
    expect(fake.requests.map((r) => r.scenario)).toEqual(['long', 'error_529']);
    expect(() => fake.queueScenario('nope' as CanonicalScenario)).toThrow(/unknown scenario/);
    const error = await rejectionOf(client.messages.create(params(), withScenario('nope')));
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as APIError).apiMessage).toContain('Unknown fake scenario');
  });

  it('reset() clears requests, the queue and the flaky counter', async () => {
    fake.queueScenario('refusal');
    await rejectionOf(client.messages.create(params(), withScenario('flaky_529')));
    fake.reset();
    expect(fake.requests).toHaveLength(0);
    const message = await client.messages.create(params());
    expect(message.stop_reason).toBe('end_turn');
    await rejectionOf(client.messages.create(params(), withScenario('flaky_529')));
  });

  it('every scenario name is accepted, and delayMs paces slow', async () => {
    const quick = await startFakeAnthropic({ delayMs: 1 });
    try {
      const seen: string[] = [];
      for (const name of SCENARIO_NAMES) {
        const res = await postTo(quick.url, { ...params(), stream: true }, name);
        await res.text().catch(() => undefined);
        seen.push(quick.requests.at(-1)?.scenario ?? '');
      }
      expect(seen).toEqual(SCENARIO_NAMES);
    } finally {
      await quick.close();
    }
  });
});

describe('other routes and helpers', () => {
  it('count_tokens returns a deterministic estimate', async () => {
    const body = { model: 'claude-haiku-4-5', messages: [{ role: 'user' as const, content: 'hello world' }] };
    const a = await client.messages.countTokens(body);
    const b = await client.messages.countTokens(body);
    expect(a.input_tokens).toBeGreaterThan(0);
    expect(b.input_tokens).toBe(a.input_tokens);
  });

  it('lists and retrieves models', async () => {
    const ids: string[] = [];
    for await (const model of client.models.list()) ids.push(model.id);
    expect(ids).toEqual(expect.arrayContaining(['claude-sonnet-5-5', 'claude-haiku-4-5', 'claude-opus-4-1']));
    const raw = (await (await fetch(`${fake.url}/v1/models`, { headers: API_HEADERS })).json()) as Record<string, unknown>;
    expect(raw).toMatchObject({ has_more: false, first_id: ids[0], last_id: ids.at(-1) });
    const haiku = await client.models.retrieve('claude-haiku-4-5');
    expect(haiku).toMatchObject({ type: 'model', id: 'claude-haiku-4-5', display_name: 'Claude Haiku 4.5' });
    expect(await rejectionOf(client.models.retrieve('claude-nope'))).toBeInstanceOf(NotFoundError);
  });

  it('unknown paths → 404 not_found_error', async () => {
    const res = await fetch(`${fake.url}/v2/whatever`, { headers: API_HEADERS });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ type: 'error', error: { type: 'not_found_error' } });
  });

  it('waitForRequest resolves for a later request and times out otherwise', async () => {
    const waiting = fake.waitForRequest((r) => r.scenario === 'cache');
    await client.messages.create(params(), withScenario('cache'));
    expect((await waiting).scenario).toBe('cache');
    await expect(fake.waitForRequest((r) => r.scenario === 'never', 50)).rejects.toThrow(/timed out/);
  });

  it('records headers and the parsed body', async () => {
    await client.messages.create(params('record me'));
    const [request] = fake.requests;
    // SDK 1.x sends the API key as a bearer token; x-api-key is accepted as well.
    expect(request?.headers.authorization).toBe('Bearer sk-ant-test');
    expect(request?.headers['anthropic-version']).toBeTruthy();
    expect(request?.body).toMatchObject({ model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: 'record me' }] });
  });
});
