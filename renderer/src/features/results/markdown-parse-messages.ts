import type { Root } from 'hast';
import type { CitationMarker } from './citation-markers-plugin';

/** Main thread → markdown worker: parse one block. `slot` names the block, `id` this request. */
export interface ParseRequest {
  slot: number;
  id: number;
  text: string;
  markers: readonly CitationMarker[];
}

/** Main thread → markdown worker: the block is gone (unmounted, or its tree came from the cache); skip its request if not started. */
export interface ParseCancel {
  slot: number;
  cancel: true;
}

/** What the main thread posts: the requests and cancels of one task, together, in order. */
export type ParseMessage = ReadonlyArray<ParseRequest | ParseCancel>;

/**
 * Markdown worker → main thread: the block's sanitised tree, or why it could not be made. The worker
 * posts its replies together (an array), so the main thread applies them in one task and one render.
 */
export type ParseReply = { slot: number; id: number; tree: Root; error?: undefined } | { slot: number; id: number; tree?: undefined; error: string };
