import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatChunk } from '../../../../shared/chat/chunk';
import type { RunEvent } from '../../../../shared/contract';
import { afterNextFrame, createRunEventBatcher, type RunEventSink } from './run-event-batcher';
import type { FrameBatch } from './store';

const text = (content: string): ChatChunk => ({ id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'claude', choices: [{ index: 0, delta: { content }, finish_reason: null }] });
const chunks = (runId: string, ...contents: string[]): RunEvent => ({ runId, type: 'chunks', chunks: contents.map(text) });

/** A sink that records what reached the store, and a frame the test ends by hand. */
function setUp() {
  const applied: Array<{ runId: string; batch: FrameBatch } | RunEvent> = [];
  const sink: RunEventSink = { batch: (runId, batch) => applied.push({ runId, batch }), event: (event) => applied.push(event) };
  const frames: Array<() => void> = [];
  const cancelled: Array<() => void> = [];
  const batcher = createRunEventBatcher(sink, (callback) => {
    frames.push(callback);
    return () => cancelled.push(callback);
  });
  const endFrame = () => frames.splice(0).forEach((callback) => !cancelled.includes(callback) && callback());
  return { applied, frames, batcher, endFrame };
}

const contents = (entry: { batch: FrameBatch } | RunEvent | undefined) => (entry && 'batch' in entry ? entry.batch.chunks.map((chunk) => chunk.choices[0]?.delta.content) : undefined);

describe('createRunEventBatcher', () => {
  it('applies a frame of chunks once per run, after the frame, in arrival order', () => {
    const { applied, frames, batcher, endFrame } = setUp();
    batcher.receive(chunks('a', 'one', 'two'));
    batcher.receive(chunks('b', 'uno'));
    batcher.receive(chunks('a', 'three'));
    expect(applied).toEqual([]);
    expect(frames).toHaveLength(1);
    endFrame();
    expect(applied.map((entry) => ('runId' in entry ? entry.runId : undefined))).toEqual(['a', 'b']);
    expect(contents(applied[0])).toEqual(['one', 'two', 'three']);
    expect(contents(applied[1])).toEqual(['uno']);
    // The next chunk waits for the next frame.
    batcher.receive(chunks('a', 'four'));
    expect(applied).toHaveLength(2);
    endFrame();
    expect(contents(applied[2])).toEqual(['four']);
  });

  it('adds up raw upstream events and their omitted count in the same batch', () => {
    const { applied, batcher, endFrame } = setUp();
    const at = (name: string) => ({ at: 1, event: name, data: '{}' });
    batcher.receive({ runId: 'a', type: 'upstream_events', events: [at('message_start')], omitted: 0 });
    batcher.receive(chunks('a', 'hi'));
    batcher.receive({ runId: 'a', type: 'upstream_events', events: [at('content_block_delta')], omitted: 3 });
    endFrame();
    expect(applied).toHaveLength(1);
    const [entry] = applied;
    expect(entry && 'batch' in entry && entry.batch.events.map((item) => item.event)).toEqual(['message_start', 'content_block_delta']);
    expect(entry && 'batch' in entry && entry.batch.omitted).toBe(3);
  });

  it('applies what is buffered before the end of a run, and drops the frame it waited for', () => {
    const { applied, frames, batcher, endFrame } = setUp();
    batcher.receive(chunks('a', 'last words'));
    batcher.receive({ runId: 'a', type: 'done' });
    expect(contents(applied[0])).toEqual(['last words']);
    expect(applied[1]).toEqual({ runId: 'a', type: 'done' });
    expect(frames).toHaveLength(1);
    endFrame();
    expect(applied).toHaveLength(2);
  });

  it('applies nothing more once disposed', () => {
    const { applied, batcher, endFrame } = setUp();
    batcher.receive(chunks('a', 'late'));
    batcher.dispose();
    endFrame();
    expect(applied).toEqual([]);
  });
});

describe('afterNextFrame', () => {
  const frameCallbacks: Array<() => void> = [];
  afterEach(() => {
    vi.unstubAllGlobals();
    frameCallbacks.length = 0;
  });
  const stubFrames = () => {
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frameCallbacks.push(callback));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => {
      frameCallbacks[id - 1] = () => undefined;
    });
  };

  it('runs the callback in a task after the frame callback, not inside it', async () => {
    stubFrames();
    const order: string[] = [];
    afterNextFrame(() => order.push('callback'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(order).toEqual([]);
    frameCallbacks[0]?.();
    order.push('frame ended');
    await vi.waitFor(() => expect(order).toEqual(['frame ended', 'callback']));
  });

  it('never runs a cancelled callback', async () => {
    stubFrames();
    const callback = vi.fn();
    const cancel = afterNextFrame(callback);
    frameCallbacks[0]?.();
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(callback).not.toHaveBeenCalled();
  });
});
