import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { credentialOf } from '../../../e2e/fake-anthropic/server';
import { startTestRig, STORED_KEY, TEST_TOKEN, type TestRig } from '../../../e2e/fixtures/gateway-rig';

let rig: TestRig;
let client: OpenAI;

beforeAll(async () => {
  rig = await startTestRig({ server: { allowedOrigins: ['http://localhost:3000'] } });
  client = new OpenAI({ apiKey: TEST_TOKEN, baseURL: `${rig.server.url}/v1`, maxRetries: 0 });
});
afterAll(() => rig.close());
beforeEach(() => rig.fake.reset());

const user = (content: string) => [{ role: 'user' as const, content }];
const messagesCalls = () => rig.fake.requests.filter((request) => request.path === '/v1/messages');

function post(path: string, body: string | Buffer, headers: Record<string, string> = {}) {
  return fetch(`${rig.server.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TEST_TOKEN}`, 'content-type': 'application/json', ...headers },
    body,
  });
}

/** A raw request, so Host can be forged (fetch forbids it). */
function rawStatus(path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: rig.server.port, path, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('duet-gateway HTTP endpoint, driven by the official openai client', () => {
  it('answers a non-streaming request', async () => {
    const completion = await client.chat.completions.create({ model: 'claude-sonnet-5-5', messages: user('Plain call') });
    expect(completion.object).toBe('chat.completion');
    expect(completion.choices[0]?.message.content).toBe('Hello from the fake Anthropic. You said: "Plain call".');
    expect(completion.choices[0]?.finish_reason).toBe('stop');
    expect(completion.usage?.total_tokens).toBeGreaterThan(0);
  });

  it('streams, with the usage chunk when asked', async () => {
    const stream = await client.chat.completions.create({ model: 'claude-sonnet-5-5', messages: user('Stream me'), stream: true, stream_options: { include_usage: true } });
    let text = '';
    let finish: string | null = null;
    let usage: OpenAI.CompletionUsage | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toBe('Hello from the fake Anthropic. You said: "Stream me".');
    expect(finish).toBe('stop');
    expect(usage?.prompt_tokens).toBeGreaterThan(0);
  });

  it('assembles a final completion with tool calls through the .stream() helper', async () => {
    const tools = [{ type: 'function' as const, function: { name: 'get_weather', parameters: { type: 'object', properties: { location: { type: 'string' } } } } }];
    const runner = client.chat.completions.stream({ model: 'claude-sonnet-5-5', messages: user('scenario:tool_use weather?'), tools });
    const final = await runner.finalChatCompletion();
    const call = final.choices[0]?.message.tool_calls?.[0];
    expect(final.choices[0]?.finish_reason).toBe('tool_calls');
    expect(call?.type === 'function' && call.function.name).toBe('get_weather');
    expect(call?.type === 'function' && JSON.parse(call.function.arguments)).toMatchObject({ location: expect.any(String) });
  });

  it('carries thinking, citations and cache usage as extension fields', async () => {
    const thinking = (await client.chat.completions.create({ model: 'claude-sonnet-5-5', messages: user('scenario:thinking') })).choices[0]?.message as unknown as Record<string, unknown>;
    expect(thinking.reasoning_content).toEqual(expect.any(String));
    expect(thinking.thinking_blocks).toEqual([expect.objectContaining({ type: 'thinking', signature: expect.any(String) })]);

    const cached = await client.chat.completions.create({ model: 'claude-sonnet-5-5', messages: user('scenario:cache') });
    expect(cached.usage?.prompt_tokens_details?.cached_tokens).toBeGreaterThan(0);
    expect((cached.usage as unknown as Record<string, number>).cache_creation_input_tokens).toBeGreaterThan(0);

    const cited = (await client.chat.completions.create({
      model: 'claude-sonnet-5-5',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'scenario:citations' }, { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'The sky is blue. Grass is green.' }, citations: { enabled: true } } as never] }],
    })).choices[0]?.message as unknown as { content: string; citations: { start: number; end: number }[] };
    expect(cited.citations.length).toBeGreaterThan(0);
    for (const { start, end } of cited.citations) {
      expect(end).toBeLessThanOrEqual(cited.content.length);
      expect(start).toBeLessThan(end);
    }
  });

  it('reports dropped parameters in x-duet-warnings and passes the request id back', async () => {
    const { response } = await client.chat.completions.create({ model: 'claude-sonnet-5-5', messages: user('warm'), temperature: 0.2 }).withResponse();
    expect(response.headers.get('x-duet-warnings')).toContain('temperature');
    expect(response.headers.get('request-id')).toMatch(/^req_fake_/);
  });
});

describe('errors', () => {
  it.each([
    ['error_400', 400, 'invalid_request_error'],
    ['error_401', 401, 'authentication_error'],
    ['error_403', 403, 'permission_error'],
    ['error_404', 404, 'not_found_error'],
    ['error_413', 413, 'request_too_large'],
    ['error_429', 429, 'rate_limit_error'],
    ['error_500', 500, 'api_error'],
    ['error_529', 503, 'overloaded_error'],
  ])('%s reaches the client as HTTP %i with type %s and the upstream message', async (scenario, status, type) => {
    for (const stream of [false, true]) {
      const failure = await client.chat.completions.create({ model: 'claude-sonnet-5-5', messages: user(`scenario:${scenario}`), stream }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(OpenAI.APIError);
      expect(failure).toMatchObject({ status, type });
      expect((failure as InstanceType<typeof OpenAI.APIError>).message).not.toMatch(/^\d+ status code/);
    }
  });

  it('passes retry-after on', async () => {
    const response = await post('/v1/chat/completions', JSON.stringify({ model: 'claude-sonnet-5-5', messages: user('scenario:error_429') }));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('2');
  });

  it.each(['midstream_error', 'cut', 'no_stop'])('%s after content is an error frame with no [DONE], never a normal finish', async (scenario) => {
    const response = await post('/v1/chat/completions', JSON.stringify({ model: 'claude-sonnet-5-5', messages: user(`scenario:${scenario}`), stream: true }));
    const body = await response.text();
    expect(response.status).toBe(200);
    expect(body).toMatch(/data: \{"error":\{/);
    expect(body).not.toContain('[DONE]');
    expect(body).not.toMatch(/"finish_reason":"stop"/);
    const sdkStream = await client.chat.completions.create({ model: 'claude-sonnet-5-5', messages: user(`scenario:${scenario}`), stream: true });
    await expect((async () => { for await (const _chunk of sdkStream); })()).rejects.toThrow();
  });

  it('aborting the client closes the upstream connection', async () => {
    const controller = new AbortController();
    const stream = await client.chat.completions.create({ model: 'claude-sonnet-5-5', messages: user('scenario:slow'), stream: true }, { signal: controller.signal });
    let chunks = 0;
    // The SDK ends the iteration quietly on abort; what matters is the upstream side.
    await (async () => { for await (const _chunk of stream) { chunks += 1; controller.abort(); } })().catch(() => undefined);
    expect(chunks).toBeLessThan(10);
    const upstream = await rig.fake.waitForRequest((request) => request.path === '/v1/messages');
    await rig.fake.waitForClientClose(upstream.id, 3000);
  });
});

describe('bad input gets a 400 or 413 that names the problem, and the server keeps serving', () => {
  it.each([
    ['malformed JSON', '{"model": "claude-sonnet-5-5", "messages": [', /not valid JSON/, undefined],
    ['a wrong type', JSON.stringify({ model: 'claude-sonnet-5-5', messages: user('x'), max_tokens: 'many' }), /max_tokens/, 'max_tokens'],
    ['an unknown role', JSON.stringify({ model: 'claude-sonnet-5-5', messages: [{ role: 'wizard', content: 'x' }] }), /messages\.0\.role/, 'messages.0.role'],
    ['empty messages', JSON.stringify({ model: 'claude-sonnet-5-5', messages: [] }), /messages/, 'messages'],
    ['invalid tool-call arguments', JSON.stringify({ model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: 'x' }, { role: 'assistant', content: null, tool_calls: [{ id: 't1', type: 'function', function: { name: 'f', arguments: '{oops' } }] }, { role: 'tool', tool_call_id: 't1', content: 'r' }] }), /arguments/, undefined],
  ])('%s', async (_name, body, message, param) => {
    const response = await post('/v1/chat/completions', body);
    expect(response.status).toBe(400);
    const json = (await response.json()) as { error: { message: string; type: string; param: string | null } };
    expect(json.error.type).toBe('invalid_request_error');
    expect(json.error.message).toMatch(message);
    if (param) expect(json.error.param).toBe(param);
    expect(messagesCalls()).toHaveLength(0);
    expect((await fetch(`${rig.server.url}/health`)).status).toBe(200);
  });

  it('an oversize body gets 413', async () => {
    const small = await startTestRig({ server: { bodyLimit: 64 * 1024 } });
    try {
      const response = await fetch(`${small.server.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TEST_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'claude-sonnet-5-5', messages: user('x'.repeat(100 * 1024)) }),
      });
      expect(response.status).toBe(413);
      expect(((await response.json()) as { error: { type: string } }).error.type).toBe('request_too_large');
      expect((await fetch(`${small.server.url}/health`)).status).toBe(200);
    } finally {
      await small.close();
    }
  });
});

describe('auth and guards', () => {
  it('401 without credentials, in the OpenAI error format', async () => {
    const response = await fetch(`${rig.server.url}/v1/models`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { type: 'authentication_error' } });
  });

  it('the gateway token uses the stored key; any other bearer is forwarded as the caller own key', async () => {
    await client.chat.completions.create({ model: 'claude-sonnet-5-5', messages: user('with token') });
    const own = new OpenAI({ apiKey: 'sk-ant-callers-own-key', baseURL: `${rig.server.url}/v1`, maxRetries: 0 });
    await own.chat.completions.create({ model: 'claude-sonnet-5-5', messages: user('with own key') });
    expect(messagesCalls().map(credentialOf)).toEqual([STORED_KEY, 'sk-ant-callers-own-key']);
  });

  it('rejects a foreign Host and a foreign Origin; an allowed Origin gets CORS', async () => {
    expect(await rawStatus('/health', { host: 'attacker.example' })).toBe(403);
    expect((await fetch(`${rig.server.url}/health`, { headers: { origin: 'https://attacker.example' } })).status).toBe(403);
    const allowed = await fetch(`${rig.server.url}/health`, { headers: { origin: 'http://localhost:3000' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
  });

  it('lists models: the catalog and the live upstream list', async () => {
    const ids = (await client.models.list()).data.map((model) => model.id);
    expect(ids).toContain('claude-sonnet-5-5');
    expect(ids.length).toBeGreaterThan(3);
  });
});

describe('Anthropic-native pass-through', () => {
  it('serves the official Anthropic SDK at /v1/messages with the stored key injected', async () => {
    const anthropic = new Anthropic({ apiKey: TEST_TOKEN, baseURL: rig.server.url, maxRetries: 0 });
    const message = await anthropic.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 100, messages: user('native') });
    expect(message.content[0]).toMatchObject({ type: 'text', text: expect.stringContaining('You said: "native"') });
    const streamed = await anthropic.messages.stream({ model: 'claude-sonnet-5-5', max_tokens: 100, messages: user('native stream') }).finalMessage();
    expect(streamed.stop_reason).toBe('end_turn');
    const counted = await anthropic.messages.countTokens({ model: 'claude-sonnet-5-5', messages: user('count me') });
    expect(counted.input_tokens).toBeGreaterThan(0);
    expect(rig.fake.requests.map(credentialOf)).toEqual([STORED_KEY, STORED_KEY, STORED_KEY]);
  });
});

describe('load', () => {
  it('50 concurrent streams all complete with their own content', async () => {
    const texts = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const stream = await client.chat.completions.create({ model: 'claude-sonnet-5-5', messages: user(`stream number ${i}`), stream: true });
        let text = '';
        for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
        return text;
      }),
    );
    texts.forEach((text, i) => expect(text).toBe(`Hello from the fake Anthropic. You said: "stream number ${i}".`));
  });
});
