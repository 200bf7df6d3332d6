import type { Root } from 'hast';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ParseMessage, ParseReply, ParseRequest } from './markdown-parse-messages';

/** A stand-in Worker: records what is posted and lets the test reply, in any order. */
class FakeWorker {
  static last: FakeWorker | undefined;
  /** One entry per message: the requests and cancels posted together. */
  messages: ParseMessage[] = [];
  onmessage: ((event: MessageEvent<ParseReply[]>) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  get posted(): ParseMessage {
    return this.messages.flat();
  }
  postMessage(message: ParseMessage) {
    this.messages.push(message);
  }
  reply(...replies: Array<[ParseRequest, Root]>) {
    this.onmessage?.({ data: replies.map(([request, tree]) => ({ slot: request.slot, id: request.id, tree })) } as MessageEvent<ParseReply[]>);
  }
}

/** Requests are posted once the task that made them ends. */
const posted = async () => {
  await Promise.resolve();
  return FakeWorker.last!.posted;
};

const tree = (value: string): Root => ({ type: 'root', children: [{ type: 'text', value }] });

async function freshParser() {
  vi.resetModules();
  vi.stubGlobal('Worker', FakeWorker);
  return import('./markdown-parser');
}

afterEach(() => vi.unstubAllGlobals());

describe('markdown parser with a worker', () => {
  it('delivers only the newest request of a block and caches its reply by content, not the replaced one', async () => {
    const parser = await freshParser();
    const slot = parser.newSlot();
    const done = vi.fn();
    parser.requestTree(slot, parser.contentKey('a', ''), 'a', [], done);
    await posted(); // the older request reaches the worker before the newer one is made
    parser.requestTree(slot, parser.contentKey('ab', ''), 'ab', [], done);
    const [older, newer] = (await posted()) as ParseRequest[];
    FakeWorker.last!.reply([newer!, tree('ab')]);
    FakeWorker.last!.reply([older!, tree('a')]); // late and stale: neither delivered nor kept
    expect(done.mock.calls).toEqual([[tree('ab')]]);
    expect(parser.cachedTree(parser.contentKey('a', ''))).toBeUndefined();
    expect(parser.cachedTree(parser.contentKey('ab', ''))).toEqual(tree('ab'));
  });

  it('tells the worker about a cancelled request, and neither delivers nor keeps its late reply', async () => {
    const parser = await freshParser();
    const done = vi.fn();
    const slot = parser.newSlot();
    const cancel = parser.requestTree(slot, parser.contentKey('x', ''), 'x', [], done);
    await posted(); // sent, then cancelled in a later task
    cancel();
    expect(parser.requestsWaiting()).toBe(0);
    const [request, cancelled] = await posted();
    expect(cancelled).toEqual({ slot, cancel: true });
    FakeWorker.last!.reply([request as ParseRequest, tree('x')]);
    expect(done).not.toHaveBeenCalled();
    expect(parser.cachedTree(parser.contentKey('x', ''))).toBeUndefined();
  });

  it('a growing block that cancels and asks again holds one request, and gets the newest tree', async () => {
    const parser = await freshParser();
    const slot = parser.newSlot();
    const done = vi.fn();
    for (const text of ['a', 'ab', 'abc']) parser.requestTree(slot, parser.contentKey(text, ''), text, [], done)();
    parser.requestTree(slot, parser.contentKey('abcd', ''), 'abcd', [], done);
    expect(parser.requestsWaiting()).toBe(1);
    const sent = await posted();
    // Only the newest request goes to the worker: the others were replaced within the task.
    expect(sent.map((entry) => ('cancel' in entry ? 'cancel' : entry.text))).toEqual(['abcd']);
    FakeWorker.last!.reply([sent.at(-1) as ParseRequest, tree('abcd')]);
    expect(done.mock.calls).toEqual([[tree('abcd')]]);
    expect(parser.requestsWaiting()).toBe(0);
  });

  it('delivers a batch of replies for several blocks, each to its own block', async () => {
    const parser = await freshParser();
    const first = vi.fn();
    const second = vi.fn();
    parser.requestTree(parser.newSlot(), parser.contentKey('one', ''), 'one', [], first);
    parser.requestTree(parser.newSlot(), parser.contentKey('two', ''), 'two', [], second);
    const [one, two] = (await posted()) as ParseRequest[];
    expect(FakeWorker.last!.messages).toHaveLength(1);
    FakeWorker.last!.reply([two!, tree('two')], [one!, tree('one')]);
    expect(first.mock.calls).toEqual([[tree('one')]]);
    expect(second.mock.calls).toEqual([[tree('two')]]);
  });

  it('parses on the main thread once the worker fails, waiting requests included', async () => {
    const parser = await freshParser();
    const done = vi.fn();
    parser.requestTree(parser.newSlot(), parser.contentKey('*hi*', ''), '*hi*', [], done);
    FakeWorker.last!.onerror?.();
    expect(JSON.stringify(done.mock.calls[0]?.[0])).toContain('"tagName":"em"');
    expect(parser.canUseWorker()).toBe(false);
  });
});
