import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HandlerContext, RunEvent, RunOrigin } from '../../../shared/contract';
import { startFakeAnthropic, type FakeAnthropic } from '../../../e2e/fake-anthropic/server';
import type { ChatChunk } from '../../../shared/chat/chunk';
import type { Gateway } from '../../gateway';
import { createGatewayFromEnv } from '../../gateway/from-env';
import { createAttachmentStore } from '../attachments';
import { JOURNAL_FILE } from '../history/durable-database';
import { openHistoryStore, type HistoryStore } from '../history/history-store';
import { createRunHandlers, RECORD_WAIT_MS, type RecordRun } from './run-handlers';

let fake: FakeAnthropic;
let dir: string;
let store: HistoryStore;
const gateway = () => createGatewayFromEnv({ ANTHROPIC_API_KEY: 'sk-ant-test-key-0042', ANTHROPIC_BASE_URL: fake.url });
const origin: RunOrigin = { group: 'group_0001', pane: 'pane-1', paneLabel: 'A', prompt: { path: 'owls.prompt', version: 'abcdef12' }, snapshot: '{"template":"owls"}' };

beforeAll(async () => {
  fake = await startFakeAnthropic();
});
afterAll(() => fake.close());
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'duet-run-history-'));
  store = await openHistoryStore({ dir: join(dir, 'history') });
});
afterEach(async () => {
  await store.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

/** Starts a run through the real handlers and resolves with its events once `until` has arrived. */
async function run(
  text: string,
  { recordRun = (r) => store.record(r), until = 'done', cancelAfterChunk = false, settleMs = 10_000, via = gateway() }: { recordRun?: RecordRun; until?: RunEvent['type']; cancelAfterChunk?: boolean; settleMs?: number; via?: Gateway } = {},
) {
  const runs = createRunHandlers(via, createAttachmentStore(join(dir, 'attachments')), recordRun);
  const runId = `run_${Math.random().toString(36).slice(2, 12)}`;
  const events: RunEvent[] = [];
  const listedOnEnd: number[] = [];
  let arrived: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (arrived = resolve));
  const context: HandlerContext = {
    emit: (channel, payload) => {
      if (channel !== 'runs.event') return;
      const event = payload as RunEvent;
      events.push(event);
      if (cancelAfterChunk && event.type === 'chunks' && events.filter((e) => e.type === 'chunks').length === 1) void runs.handlers['runs.cancel']({ runId }, context);
      // What a history panel refreshing on the run's end would see at that moment.
      if (event.type === 'done' || event.type === 'error') void store.list({ limit: 10 }).then(({ total }) => listedOnEnd.push(total), () => listedOnEnd.push(-1));
      if (event.type === until) arrived();
    },
  };
  await runs.handlers['runs.start']({ runId, request: { model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: text }], stream: true, stream_options: { include_usage: true } }, origin }, context);
  await finished;
  await runs.settled(settleMs);
  return { runId, events, listedOnEnd };
}

describe('runs are recorded in the history', () => {
  it('records a finished run with its origin, upstream request, answer and figures before reporting done', async () => {
    const { runId, listedOnEnd } = await run('Tell me about owls');
    expect(listedOnEnd).toEqual([1]);
    const recorded = await store.get(runId);
    expect(recorded).toMatchObject({ id: runId, status: 'done', model: 'claude-sonnet-5-5', group: 'group_0001', pane: 'pane-1', paneLabel: 'A', prompt: origin.prompt, snapshot: origin.snapshot, promptPreview: 'Tell me about owls' });
    expect(recorded?.answer).toContain('Hello from the fake Anthropic. You said: "Tell me about owls"');
    expect(recorded?.upstream?.url).toMatch(/\/v1\/messages$/);
    expect(JSON.stringify(recorded)).not.toContain('sk-ant-test-key-0042');
    expect(recorded?.metrics).toMatchObject({ inputTokens: expect.any(Number), outputTokens: expect.any(Number), costUsd: expect.any(Number), durationMs: expect.any(Number), ttftMs: expect.any(Number) });
  });

  it('records a stopped run as cancelled with the partial answer', async () => {
    const { runId } = await run('Count slowly scenario:slow', { until: 'error', cancelAfterChunk: true });
    const recorded = await store.get(runId);
    expect(recorded).toMatchObject({ status: 'cancelled', error: { code: 'cancelled' } });
    expect(recorded?.answer.length).toBeGreaterThan(0);
    expect(recorded?.answer).not.toContain('word200');
  });

  it('records a failed run with its error', async () => {
    const { runId } = await run('Hi scenario:error_401', { until: 'error' });
    expect(await store.get(runId)).toMatchObject({ status: 'error', answer: '', error: { code: 'authentication' } });
  });

  it('on a full disk, the run still succeeds and then says it was not recorded (storage)', async () => {
    // The journal is opened per write, so pointing it at /dev/full makes the next append fail with ENOSPC.
    rmSync(join(dir, 'history', JOURNAL_FILE), { force: true });
    symlinkSync('/dev/full', join(dir, 'history', JOURNAL_FILE));
    const { events } = await run('Tell me about owls', { until: 'not_recorded' });
    const types = events.map((event) => event.type);
    expect(types).toContain('chunks');
    expect(types.slice(-2)).toEqual(['done', 'not_recorded']);
    const notRecorded = events.at(-1) as Extract<RunEvent, { type: 'not_recorded' }>;
    expect(notRecorded.error).toMatchObject({ code: 'storage', message: 'the disk is full.' });
    expect((await store.list({ limit: 10 })).total).toBe(0);
  });

  it('does not hang a run whose history write never finishes', async () => {
    const started = Date.now();
    const { events } = await run('Tell me about owls', { recordRun: () => new Promise(() => undefined), settleMs: 0 });
    expect(events.at(-1)?.type).toBe('done');
    expect(Date.now() - started).toBeLessThan(RECORD_WAIT_MS + 5000);
  });
});

/** The real gateway, with its chunks regrouped into reads of `size`, as a fast stream arrives over a socket. */
function gatewayReading(size: number): Gateway {
  const real = gateway();
  return {
    ...real,
    async streamChat(request, options) {
      const stream = await real.streamChat(request, options);
      async function* regrouped(): AsyncIterable<ChatChunk[]> {
        const read: ChatChunk[] = [];
        for await (const chunks of stream.chunks) {
          read.push(...chunks);
          if (read.length >= size) yield read.splice(0);
        }
        if (read.length > 0) yield read;
      }
      return { ...stream, chunks: regrouped() };
    },
  };
}

describe('chunks sent to the renderer', () => {
  it('join the text deltas of each upstream read into one chunk, and lose no text', async () => {
    const { events } = await run('Count for me scenario:long', { via: gatewayReading(10) });
    const sent = events.flatMap((event) => (event.type === 'chunks' ? [event.chunks] : []));
    const text = sent.flat().map((chunk) => chunk.choices[0]?.delta.content ?? '').join('');
    expect(text).toBe(Array.from({ length: 200 }, (_, i) => `word${i + 1}`).join(' '));
    // 200 word deltas, a role chunk and the finish and usage chunks, read ten at a time: each read's words are one chunk.
    expect(sent.length).toBeGreaterThanOrEqual(20);
    expect(sent.flat().length).toBeLessThanOrEqual(sent.length * 2 + 2);
    expect(sent.slice(1, -1).every((chunks) => chunks.length === 1 && (chunks[0]?.choices[0]?.delta.content?.split(' ').filter(Boolean).length ?? 0) >= 9)).toBe(true);
  });
});
