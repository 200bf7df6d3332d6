import OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestRig, TEST_TOKEN, type TestRig } from '../../../e2e/fixtures/gateway-rig';

let rig: TestRig;
let client: OpenAI;

beforeAll(async () => {
  rig = await startTestRig({ retry: { maxAttempts: 3, baseDelayMs: 10 } });
  client = new OpenAI({ apiKey: TEST_TOKEN, baseURL: `${rig.server.url}/v1`, maxRetries: 0 });
});
afterAll(() => rig.close());
beforeEach(() => rig.fake.reset());

const upstreamCalls = () => rig.fake.requests.filter((request) => request.path === '/v1/messages').length;

describe('retries before the first byte, never after', () => {
  it('a 529 that clears is retried and the caller sees only the answer', async () => {
    const stream = await client.chat.completions.create({ model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: 'scenario:flaky_529' }], stream: true });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    expect(text).toContain('You said');
    expect(upstreamCalls()).toBe(2);
  });

  it('a 529 that persists is tried maxAttempts times, then reported as 503', async () => {
    const failure = await client.chat.completions.create({ model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: 'scenario:error_529' }] }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ status: 503 });
    expect(upstreamCalls()).toBe(3);
  });

  it('a client error is not retried', async () => {
    await client.chat.completions.create({ model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: 'scenario:error_400' }] }).catch(() => undefined);
    expect(upstreamCalls()).toBe(1);
  });

  it('an error after content reached the caller is not retried', async () => {
    const stream = await client.chat.completions.create({ model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: 'scenario:midstream_error' }], stream: true });
    await expect((async () => { for await (const _chunk of stream); })()).rejects.toThrow();
    expect(upstreamCalls()).toBe(1);
  });
});
