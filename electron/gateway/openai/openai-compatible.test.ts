import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRig, TEST_TOKEN, type TestRig } from '../../../e2e/fixtures/gateway-rig';
import { startGatewayServer, type GatewayServer } from '../http/server';
import { createGateway, environmentKeys } from '../index';

/**
 * openai/<model> goes to an OpenAI-compatible upstream. The upstream here is a
 * second Duet endpoint (a real OpenAI-compatible server on loopback) in front of
 * the fake Anthropic.
 */
let upstream: TestRig;
let front: GatewayServer;
let client: OpenAI;

beforeAll(async () => {
  upstream = await startTestRig();
  const gateway = createGateway({
    keys: environmentKeys({ OPENAI_API_KEY: TEST_TOKEN }),
    upstreams: { anthropic: { baseURL: upstream.fake.url }, compatible: () => ({ openai: { baseURL: `${upstream.server.url}/v1` } }) },
    retry: { maxAttempts: 1 },
  });
  front = await startGatewayServer({ gateway, token: 'front-token', port: 0 });
  client = new OpenAI({ apiKey: 'front-token', baseURL: `${front.url}/v1`, maxRetries: 0 });
});
afterAll(async () => {
  await front.close();
  await upstream.close();
});

describe('OpenAI-compatible pass-through (openai/<model>)', () => {
  it('streams through, with the model name the caller used', async () => {
    const stream = await client.chat.completions.create({ model: 'openai/claude-sonnet-5-5', messages: [{ role: 'user', content: 'relayed' }], stream: true });
    let text = '';
    const models = new Set<string>();
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      models.add(chunk.model);
    }
    expect(text).toBe('Hello from the fake Anthropic. You said: "relayed".');
    expect([...models]).toEqual(['openai/claude-sonnet-5-5']);
    const sent = upstream.fake.requests.at(-1)?.body as { model: string };
    expect(sent.model).toBe('claude-sonnet-5-5');
  });

  it('answers without streaming', async () => {
    const completion = await client.chat.completions.create({ model: 'openai/claude-sonnet-5-5', messages: [{ role: 'user', content: 'plain relay' }] });
    expect(completion.choices[0]?.message.content).toContain('plain relay');
  });

  it('keeps the upstream status and message on errors', async () => {
    const failure = await client.chat.completions.create({ model: 'openai/claude-sonnet-5-5', messages: [{ role: 'user', content: 'scenario:error_529' }] }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ status: 503 });
  });

  it('lists the upstream models with the openai/ prefix', async () => {
    const ids = (await client.models.list()).data.map((model) => model.id);
    expect(ids).toContain('openai/claude-sonnet-5-5');
  });

  it('explains an openai/ model when no OpenAI-compatible endpoint is configured', async () => {
    const plain = new OpenAI({ apiKey: TEST_TOKEN, baseURL: `${upstream.server.url}/v1`, maxRetries: 0 });
    const failure = await plain.chat.completions.create({ model: 'openai/gpt-9', messages: [{ role: 'user', content: 'x' }] }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ status: 400 });
    expect(String((failure as Error).message)).toContain('OPENAI_BASE_URL');
  });

  it('routes any configured provider id, e.g. ollama/<model>', async () => {
    const failure = await client.chat.completions.create({ model: 'ollama/llama9', messages: [{ role: 'user', content: 'x' }] }).catch((error: unknown) => error);
    expect(String((failure as Error).message)).toContain('Settings › Providers');
  });
});
