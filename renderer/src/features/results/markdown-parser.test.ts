import type { Root } from 'hast';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ParseReply, ParseRequest } from './markdown-parse-messages';

/** A stand-in Worker: records what is posted and lets the test reply, in any order. */
class FakeWorker {
  static last: FakeWorker | undefined;
  posted: ParseRequest[] = [];
  onmessage: ((event: MessageEvent<ParseReply>) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(request: ParseRequest) {
    this.posted.push(request);
  }
  reply(request: ParseRequest, tree: Root) {
    this.onmessage?.({ data: { slot: request.slot, key: request.key, tree } } as MessageEvent<ParseReply>);
  }
}

const tree = (value: string): Root => ({ type: 'root', children: [{ type: 'text', value }] });

async function freshParser() {
  vi.resetModules();
  vi.stubGlobal('Worker', FakeWorker);
  return import('./markdown-parser');
}

afterEach(() => vi.unstubAllGlobals());

describe('markdown parser with a worker', () => {
  it('delivers only the newest request of a block and caches every reply by content', async () => {
    const parser = await freshParser();
    const slot = parser.newSlot();
    const done = vi.fn();
    parser.requestTree(slot, parser.contentKey('a', ''), 'a', [], done);
    parser.requestTree(slot, parser.contentKey('ab', ''), 'ab', [], done);
    const [older, newer] = FakeWorker.last!.posted;
    FakeWorker.last!.reply(newer!, tree('ab'));
    FakeWorker.last!.reply(older!, tree('a')); // late and stale: cached, not delivered
    expect(done.mock.calls).toEqual([[tree('ab')]]);
    expect(parser.cachedTree(parser.contentKey('a', ''))).toEqual(tree('a'));
    expect(parser.cachedTree(parser.contentKey('ab', ''))).toEqual(tree('ab'));
  });

  it('drops the reply of a cancelled request', async () => {
    const parser = await freshParser();
    const done = vi.fn();
    const cancel = parser.requestTree(parser.newSlot(), parser.contentKey('x', ''), 'x', [], done);
    cancel();
    FakeWorker.last!.reply(FakeWorker.last!.posted[0]!, tree('x'));
    expect(done).not.toHaveBeenCalled();
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
