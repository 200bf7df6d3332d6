/// <reference lib="webworker" />
import { markdownToHast } from './markdown-pipeline';
import type { ParseReply, ParseRequest } from './markdown-parse-messages';

/**
 * Parses answer blocks off the main thread. Requests wait in a map keyed by the block's slot, so
 * a newer request for the same block replaces one not yet started: a growing tail is parsed for
 * its newest text only. One request is parsed per task, letting newer messages arrive in between.
 */
const pending = new Map<number, ParseRequest>();
let scheduled = false;

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  pending.delete(event.data.slot); // re-inserted last: the map's order stays the order of arrival
  pending.set(event.data.slot, event.data);
  schedule();
};

function schedule(): void {
  if (scheduled || pending.size === 0) return;
  scheduled = true;
  setTimeout(parseNext, 0);
}

function parseNext(): void {
  scheduled = false;
  const next = pending.values().next().value;
  if (next) {
    pending.delete(next.slot);
    let reply: ParseReply;
    try {
      reply = { slot: next.slot, key: next.key, tree: markdownToHast(next.text, next.markers) };
    } catch (error) {
      reply = { slot: next.slot, key: next.key, error: String(error) };
    }
    self.postMessage(reply);
  }
  schedule();
}
