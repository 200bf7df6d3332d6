import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { generateText, jsonSchema, streamText } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRig, TEST_TOKEN, type TestRig } from '../../../e2e/fixtures/gateway-rig';

let rig: TestRig;

beforeAll(async () => {
  rig = await startTestRig();
});
afterAll(() => rig.close());

/** A second strict client: the Vercel AI SDK validates every chunk against its own schema. */
describe('Vercel AI SDK OpenAI-compatible provider', () => {
  const duet = () => createOpenAICompatible({ name: 'duet', baseURL: `${rig.server.url}/v1`, apiKey: TEST_TOKEN, includeUsage: true });

  it('generateText', async () => {
    const result = await generateText({ model: duet().chatModel('claude-sonnet-5-5'), prompt: 'AI SDK says hi', maxRetries: 0 });
    expect(result.text).toBe('Hello from the fake Anthropic. You said: "AI SDK says hi".');
    expect(result.finishReason).toBe('stop');
    expect(result.usage.inputTokens).toBeGreaterThan(0);
  });

  it('streamText, with a tool call', async () => {
    const errors: unknown[] = [];
    const result = streamText({
      model: duet().chatModel('claude-sonnet-5-5'),
      prompt: 'scenario:tool_use what is the weather',
      tools: { get_weather: { description: 'weather', inputSchema: jsonSchema<{ location: string }>({ type: 'object', properties: { location: { type: 'string' } } }) } },
      maxRetries: 0,
      onError: ({ error }) => void errors.push(error),
    });
    const text = await result.text;
    const calls = await result.toolCalls;
    expect(errors).toEqual([]);
    expect(text.length).toBeGreaterThan(0);
    expect(calls[0]?.toolName).toBe('get_weather');
    expect(await result.finishReason).toBe('tool-calls');
  });

  it('streamText of plain text', async () => {
    const result = streamText({ model: duet().chatModel('claude-sonnet-5-5'), prompt: 'streamed via AI SDK', maxRetries: 0 });
    expect(await result.text).toBe('Hello from the fake Anthropic. You said: "streamed via AI SDK".');
  });
});
