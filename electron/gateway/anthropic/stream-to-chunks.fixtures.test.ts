import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import Anthropic from '@anthropic-ai/sdk';
import type { RawMessageStreamEvent } from '@anthropic-ai/sdk/resources/messages/messages';
import { describe, expect, it } from 'vitest';
import type { ChatChunk, ChatCompletion } from '../../../shared/chat/chunk';
import { GatewayError } from '../errors';
import { assembleMessage } from './__fixtures__/assemble-message';
import { foldChunks } from './__fixtures__/fold-chunks';
import { replaySse } from './__fixtures__/replay-sse';
import { fromAnthropicMessage } from './from-anthropic-message';
import { streamToChunks, type ChunkContext } from './stream-to-chunks';
import { readChunkBatches } from './upstream/read-chunk-batches';

/**
 * Golden files: every `__fixtures__/<case>.anthropic.sse` (raw bytes as Anthropic
 * sends them) goes through the SDK's SSE parser and streamToChunks, and must give
 * `<case>.openai.jsonl`. Regenerate after a deliberate change with
 * `UPDATE_GOLDEN=1 npx vitest run electron/gateway/anthropic`, then review the diff.
 */
const FIXTURES = new URL('./__fixtures__/', import.meta.url);
const CASES = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.anthropic.sse'))
  .map((file) => file.slice(0, -'.anthropic.sse'.length))
  .sort();
/** Cases whose upstream fails part-way: what they must end with instead of a finish. */
const FAILING: Record<string, (error: unknown) => void> = {
  midstream_error: (error) => {
    // The SDK turns `event: error` into an APIError; it reaches the caller untouched (mapError maps it).
    expect(error).toBeInstanceOf(Anthropic.APIError);
    expect(error).toMatchObject({ type: 'overloaded_error' });
  },
  no_stop: (error) => {
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({ code: 'stream_interrupted', status: 502, retryable: true });
  },
};

const contextFor = (name: string): ChunkContext => ({
  id: 'chatcmpl-fixture',
  model: 'claude-sonnet-5-5',
  created: 1_700_000_000,
  includeUsage: true,
  ...(name.startsWith('json_tool') ? { jsonTool: 'json_response' } : {}),
});

const sseBytes = (name: string) => new Uint8Array(readFileSync(new URL(`${name}.anthropic.sse`, FIXTURES)));

interface Outcome {
  chunks: ChatChunk[];
  error?: unknown;
}

async function translate(name: string, cuts: readonly number[] = []): Promise<Outcome> {
  const chunks: ChatChunk[] = [];
  try {
    for await (const chunk of streamToChunks(replaySse(sseBytes(name), cuts), contextFor(name))) chunks.push(chunk);
    return { chunks };
  } catch (error) {
    return { chunks, error };
  }
}

/** The production path: bytes as socket reads, through our decoder and the synchronous translator. */
async function translateFromSocket(name: string, bytes: Buffer, cuts: readonly number[]): Promise<Outcome> {
  const bounds = [0, ...[...cuts].sort((a, b) => a - b), bytes.length];
  async function* reads(): AsyncGenerator<Buffer> {
    for (let i = 0; i + 1 < bounds.length; i++) if (bounds[i + 1]! > bounds[i]!) yield bytes.subarray(bounds[i], bounds[i + 1]);
  }
  const chunks: ChatChunk[] = [];
  try {
    for await (const batch of readChunkBatches(reads(), contextFor(name))) chunks.push(...batch);
    return { chunks };
  } catch (error) {
    return { chunks, error };
  }
}

async function parsedEvents(name: string): Promise<RawMessageStreamEvent[]> {
  const events: RawMessageStreamEvent[] = [];
  for await (const event of replaySse(sseBytes(name))) events.push(event);
  return events;
}

function golden(name: string, chunks: ChatChunk[]): ChatChunk[] {
  const file = new URL(`${name}.openai.jsonl`, FIXTURES);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, chunks.map((chunk) => JSON.stringify(chunk)).join('\n') + '\n');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as ChatChunk);
}

/** Deterministic PRNG (mulberry32), so a failing seed can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomCuts(length: number, seed: number): number[] {
  const next = random(seed);
  const count = 1 + Math.floor(next() * 40);
  return Array.from({ length: count }, () => 1 + Math.floor(next() * (length - 1)));
}

/** Tool arguments compared as JSON values: the stream passes the API's spacing, a Message only has parsed input. */
function normaliseArguments(completion: ChatCompletion): ChatCompletion {
  const copy = structuredClone(completion);
  for (const call of copy.choices[0]?.message.tool_calls ?? []) {
    if (call.type === 'function') call.function.arguments = JSON.stringify(JSON.parse(call.function.arguments));
  }
  return copy;
}

describe('golden fixtures', () => {
  it('covers every required case', () => {
    const required = ['text', 'thinking', 'redacted_thinking', 'tool_use', 'parallel_tools', 'no_input_tool', 'interleaved', 'citations', 'web_search', 'cache', 'stop_sequence', 'max_tokens', 'refusal', 'pause_turn', 'json_tool', 'midstream_error', 'no_stop'];
    expect(CASES).toEqual(expect.arrayContaining(required));
  });

  describe.each(CASES)('%s', (name) => {
    const failing = FAILING[name];

    it('replays through the SDK parser into the expected chunks', async () => {
      const { chunks, error } = await translate(name);
      expect(chunks).toEqual(golden(name, chunks));
      if (failing) failing(error);
      else expect(error).toBeUndefined();
    });

    it('gives identical output however the bytes are cut (50 seeds, and byte by byte)', async () => {
      const whole = await translate(name);
      const length = sseBytes(name).length;
      const splits = [...Array.from({ length: 50 }, (_, seed) => randomCuts(length, seed + 1)), Array.from({ length: length - 1 }, (_, i) => i + 1)];
      for (const cuts of splits) {
        const cut = await translate(name, cuts);
        expect(cut.chunks).toEqual(whole.chunks);
        expect(String(cut.error)).toBe(String(whole.error));
      }
    });

    it('gives the same chunks on the socket path (our SSE decoder, batched), however the bytes are cut', async () => {
      const whole = await translate(name);
      const bytes = Buffer.from(sseBytes(name));
      for (const cuts of [[], ...Array.from({ length: 20 }, (_, seed) => randomCuts(bytes.length, seed + 100))]) {
        const socket = await translateFromSocket(name, bytes, cuts);
        expect(socket.chunks).toEqual(whole.chunks);
        if (name === 'midstream_error') expect(socket.error).toMatchObject({ code: 'overloaded', status: 503 });
        else if (name === 'no_stop') expect(socket.error).toMatchObject({ code: 'stream_interrupted' });
        else expect(socket.error).toBeUndefined();
      }
    });

    // A failed upstream has no non-streamed counterpart to compare with.
    if (failing) return;
    it('folds into the same completion as the non-streamed answer', async () => {
      const { chunks } = await translate(name);
      const { includeUsage: _, ...context } = contextFor(name);
      const message = await assembleMessage(await parsedEvents(name));
      expect(normaliseArguments(foldChunks(chunks))).toEqual(normaliseArguments(fromAnthropicMessage(message, context)));
    });
  });

  it('never emits a finish_reason for a failed upstream', async () => {
    for (const name of Object.keys(FAILING)) {
      const { chunks } = await translate(name);
      expect(chunks.length).toBeGreaterThan(1);
      expect(chunks.some((chunk) => chunk.choices[0]?.finish_reason || chunk.usage)).toBe(false);
    }
  });
});
