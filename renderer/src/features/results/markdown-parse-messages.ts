import type { Root } from 'hast';
import type { CitationMarker } from './citation-markers-plugin';

/** Main thread → markdown worker: parse one block. `slot` names the block, `key` its content. */
export interface ParseRequest {
  slot: number;
  key: string;
  text: string;
  markers: readonly CitationMarker[];
}

/** Markdown worker → main thread: the block's sanitised tree, or why it could not be made. */
export type ParseReply = { slot: number; key: string; tree: Root; error?: undefined } | { slot: number; key: string; tree?: undefined; error: string };
