import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChatChunk } from '../../shared/chat/chunk';
import type { ChatRequest } from '../../shared/chat/request-schema';
import { credentialOf, startFakeAnthropic, type FakeAnthropic } from '../../e2e/fake-anthropic/server';
import { createGateway, environmentKeys, type Gateway, GatewayError } from './index';
import { closedPort } from '../../e2e/fixtures/closed-port';

let fake: FakeAnthropic;
let gateway: Gateway;

beforeAll(async () => {
  fake = await startFakeAnthropic();
  gateway = createGateway({
    keys: environmentKeys({ ANTHROPIC_API_KEY: 'sk-ant-test-gateway' }),
    upstreams: { anthropic: { baseURL: fake.url } },
    now: () => 1_700_000_000_000,
    newId: () => 'fixed',
  });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const ask = (text: string, extra: Partial<ChatRequest> = {}): ChatRequest => ({
  model: 'claude-sonnet-5-5',
  messages: [{ role: 'user', content: text }],
  stream: true,
  ...extra,
});

async function drain(batches: AsyncIterable<ChatChunk[]>, seen: ChatChunk[] = []): Promise<ChatChunk[]> {
  for await (const batch of batches) seen.push(...batch);
  return seen;
}

const textOf = (chunks: ChatChunk[]) => chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('');

describe('gateway over real HTTP against the fake Anthropic', () => {
  it('streams a translated answer and sends the system prompt and the stored key upstream', async () => {
    const stream = await gateway.streamChat(
      ask('Hello gateway', { messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hello gateway' }], stream_options: { include_usage: true } }),
    );
    const chunks = await drain(stream.chunks);
    expect(textOf(chunks)).toBe('Hello from the fake Anthropic. You said: "Hello gateway". (system: Be brief.)');
    expect(stream.requestId).toMatch(/^req_fake_/);
    expect(chunks.every((chunk) => chunk.id === 'chatcmpl-fixed' && chunk.created === 1_700_000_000)).toBe(true);
    expect(chunks.at(-1)?.usage?.prompt_tokens).toBeGreaterThan(0);

    const upstream = fake.requests[0];
    expect(upstream && credentialOf(upstream)).toBe('sk-ant-test-gateway');
    expect(upstream?.body).toMatchObject({ system: [{ type: 'text', text: 'Be brief.' }], stream: true, max_tokens: 4096 });
  });

  it('prefers the key the caller sent over the stored one', async () => {
    await drain((await gateway.streamChat(ask('hi'), { apiKey: 'sk-ant-caller-own' })).chunks);
    const upstream = fake.requests[0];
    expect(upstream && credentialOf(upstream)).toBe('sk-ant-caller-own');
  });

  it.each([
    ['error_400', 'invalid_request', 400],
    ['error_401', 'authentication', 401],
    ['error_403', 'permission', 403],
    ['error_404', 'not_found', 404],
    ['error_413', 'request_too_large', 413],
    ['error_429', 'rate_limited', 429],
    ['error_500', 'upstream_error', 500],
    ['error_529', 'overloaded', 503],
  ])('maps the %s scenario to %s with HTTP %i before any chunk', async (scenario, code, status) => {
    const failure = await gateway.streamChat(ask(`scenario:${scenario}`)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GatewayError);
    expect(failure).toMatchObject({ code, status });
    expect((failure as GatewayError).message).not.toBe('');
    if (scenario === 'error_429') expect(failure).toMatchObject({ retryAfterSeconds: 2, retryable: true });
    if (scenario === 'error_529') expect((failure as GatewayError).toOpenAIBody().error.type).toBe('overloaded_error');
  });

  it.each([
    ['midstream_error', 'overloaded'],
    ['no_stop', 'stream_interrupted'],
  ])('reports %s as %s after the partial answer', async (scenario, code) => {
    const seen: ChatChunk[] = [];
    const stream = await gateway.streamChat(ask(`scenario:${scenario}`));
    await expect(drain(stream.chunks, seen)).rejects.toMatchObject({ code });
    expect(textOf(seen)).not.toBe('');
    expect(seen.some((chunk) => chunk.choices[0]?.finish_reason)).toBe(false);
  });

  it('reports a cut connection as an error, never as a finished answer', async () => {
    const seen: ChatChunk[] = [];
    const stream = await gateway.streamChat(ask('scenario:cut'));
    await expect(drain(stream.chunks, seen)).rejects.toBeInstanceOf(GatewayError);
    expect(seen.some((chunk) => chunk.choices[0]?.finish_reason)).toBe(false);
  });

  it('aborting closes the upstream connection and reports "cancelled"', async () => {
    const controller = new AbortController();
    const stream = await gateway.streamChat(ask('scenario:slow'), { signal: controller.signal });
    const seen: ChatChunk[] = [];
    const draining = drain(stream.chunks, seen);
    await new Promise((resolve) => setTimeout(resolve, 250));
    controller.abort();
    await expect(draining).rejects.toMatchObject({ code: 'cancelled' });
    const upstream = await fake.waitForRequest((request) => request.path === '/v1/messages');
    await fake.waitForClientClose(upstream.id, 3000);
    expect(upstream.completed).toBe(false);
  });

  it('says clearly when no key is configured', async () => {
    const keyless = createGateway({ keys: environmentKeys({}), upstreams: { anthropic: { baseURL: fake.url } } });
    await expect(keyless.streamChat(ask('hi'))).rejects.toMatchObject({ code: 'no_api_key', status: 401 });
    expect(fake.requests).toHaveLength(0);
  });

  it('reports an unreachable upstream as a network error', async () => {
    const port = await closedPort();
    const offline = createGateway({ keys: environmentKeys({ ANTHROPIC_API_KEY: 'k' }), upstreams: { anthropic: { baseURL: `http://127.0.0.1:${port}` } } });
    await expect(offline.streamChat(ask('hi'))).rejects.toMatchObject({ code: 'network', status: 502, retryable: true });
  });
});
