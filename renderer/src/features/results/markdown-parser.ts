import type { Root } from 'hast';
import type { CitationMarker } from './citation-markers-plugin';
import type { ParseCancel, ParseReply, ParseRequest } from './markdown-parse-messages';
import { markdownToHast } from './markdown-pipeline';

/**
 * Where answer blocks get parsed: in the markdown worker when the platform has workers, else (vitest
 * in Node) right here with the same pipeline. Trees are cached by content (text + markers), so a
 * finished block is parsed once however often it is mounted again; the cache is bounded, least
 * recently used first out, since growing tails add an entry per frame (but not for text a newer
 * request of the same block has replaced).
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

/** The newest request of each block, until the worker answers it or the block cancels it. */
type Waiter = { id: number; key: string; text: string; markers: readonly CitationMarker[]; done: (tree: Root | undefined) => void };
const waiting = new Map<number, Waiter>();
/**
 * Requests and cancels of the current task, posted together once it ends. A growing block cancels
 * and asks again on every render, and its new request replaces the old one in the worker anyway, so
 * only the newest request of each block and the cancels no request followed are sent.
 */
let outgoing: ParseRequest[] = [];
const cancelled = new Set<number>();
let flushQueued = false;
let nextRequest = 1;
let worker: Worker | undefined;
let workerFailed = false;

/** How many requests wait for the worker (one per block at most). */
export const requestsWaiting = (): number => waiting.size;

function flushSoon(): void {
  if (flushQueued) return;
  flushQueued = true;
  queueMicrotask(postOutgoing);
}

function markdownWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./markdown.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<ParseReply[]>) => deliver(event.data);
  // Should the worker fail to start, parse here: slower, but the answer still shows as markdown.
  worker.onerror = () => {
    workerFailed = true;
    for (const waiter of waiting.values()) waiter.done(parseNow(waiter.key, waiter.text, waiter.markers));
    waiting.clear();
  };
  return worker;
}

function deliver(replies: readonly ParseReply[]): void {
  for (const { slot, id, tree } of replies) {
    const waiter = waiting.get(slot);
    // A reply for older content of this block, or for a cancelled request, is stale: a growing
    // block's older text is never shown again, so it is not kept either.
    if (waiter?.id !== id) continue;
    waiting.delete(slot);
    if (tree) remember(waiter.key, tree);
    waiter.done(tree);
  }
}

function postOutgoing(): void {
  // A request replaced or cancelled within the task is not sent at all.
  const requests = outgoing.filter((request) => waiting.get(request.slot)?.id === request.id);
  const message: Array<ParseRequest | ParseCancel> = [...requests, ...Array.from(cancelled, (slot): ParseCancel => ({ slot, cancel: true }))];
  outgoing = [];
  cancelled.clear();
  flushQueued = false;
  if (!workerFailed && message.length > 0) markdownWorker().postMessage(message);
}

/** Asks for a block's tree; `done` runs only for the newest request of the slot. Returns a cancel. */
export function requestTree(slot: number, key: string, text: string, markers: readonly CitationMarker[], done: (tree: Root | undefined) => void): () => void {
  if (!canUseWorker()) {
    done(parseNow(key, text, markers));
    return () => {};
  }
  const waiter: Waiter = { id: nextRequest++, key, text, markers, done };
  waiting.set(slot, waiter);
  cancelled.delete(slot);
  outgoing.push({ slot, id: waiter.id, text, markers });
  flushSoon();
  markdownWorker();
  // Cancelled, the worker skips it if not started: left queued, an unmounted block's request
  // would be parsed before the blocks on screen.
  return () => {
    if (waiting.get(slot) !== waiter) return;
    waiting.delete(slot);
    cancelled.add(slot);
    flushSoon();
  };
}
