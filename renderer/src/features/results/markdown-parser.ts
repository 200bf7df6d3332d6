import type { Root } from 'hast';
import type { CitationMarker } from './citation-markers-plugin';
import type { ParseReply, ParseRequest } from './markdown-parse-messages';
import { markdownToHast } from './markdown-pipeline';

/**
 * Where answer blocks get parsed: in the markdown worker when the platform has workers, else (vitest
 * in Node) right here with the same pipeline. Trees are cached by content (text + markers), so a
 * finished block is parsed once however often it is mounted again; the cache is bounded, least
 * recently used first out, since growing tails add an entry per frame.
 */
/** About two groups of blocks: enough for remounts near the viewport; more only held trees the screen already shows (0.7 MB at 512). */
const CACHE_LIMIT = 64;
const cache = new Map<string, Root>();

/** A block's content as one string: its markers' key and its text. */
export const contentKey = (text: string, markerKey: string): string => `${markerKey}\u0000${text}`;

export function cachedTree(key: string): Root | undefined {
  const tree = cache.get(key);
  if (tree) remember(key, tree);
  return tree;
}

function remember(key: string, tree: Root): void {
  cache.delete(key);
  cache.set(key, tree);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
}

/** Synchronous parse, cached like the worker's. */
export function parseNow(key: string, text: string, markers: readonly CitationMarker[]): Root {
  const tree = cachedTree(key) ?? markdownToHast(text, markers);
  remember(key, tree);
  return tree;
}

export const canUseWorker = (): boolean => typeof Worker !== 'undefined' && !workerFailed;

let nextSlot = 1;
/** A slot names one mounted block: the worker keeps only its newest request. */
export const newSlot = (): number => nextSlot++;

type Waiter = { key: string; text: string; markers: readonly CitationMarker[]; done: (tree: Root | undefined) => void };
const waiting = new Map<number, Waiter>();
let worker: Worker | undefined;
let workerFailed = false;

function markdownWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./markdown.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<ParseReply>) => {
    const { slot, key, tree } = event.data;
    if (tree) remember(key, tree);
    const waiter = waiting.get(slot);
    // A reply for older content of this block is stale: a newer request is on its way.
    if (waiter?.key !== key) return;
    waiting.delete(slot);
    waiter.done(tree);
  };
  // Should the worker fail to start, parse here: slower, but the answer still shows as markdown.
  worker.onerror = () => {
    workerFailed = true;
    for (const waiter of waiting.values()) waiter.done(parseNow(waiter.key, waiter.text, waiter.markers));
    waiting.clear();
  };
  return worker;
}

/** Asks for a block's tree; `done` runs only for the newest request of the slot. Returns a cancel. */
export function requestTree(slot: number, key: string, text: string, markers: readonly CitationMarker[], done: (tree: Root | undefined) => void): () => void {
  if (!canUseWorker()) {
    done(parseNow(key, text, markers));
    return () => {};
  }
  waiting.set(slot, { key, text, markers, done });
  const request: ParseRequest = { slot, key, text, markers };
  markdownWorker().postMessage(request);
  return () => {
    if (waiting.get(slot)?.key === key) waiting.delete(slot);
  };
}
