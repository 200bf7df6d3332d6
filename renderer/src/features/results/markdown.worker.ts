/// <reference lib="webworker" />
import { markdownToHast } from './markdown-pipeline';
import type { ParseMessage, ParseReply, ParseRequest } from './markdown-parse-messages';
import { newestPerSlotQueue } from './newest-per-slot-queue';

/** A long queue still sends what it has parsed this often, so the answer keeps showing progress. */
const REPLY_EVERY_MS = 16;

let outbox: ParseReply[] = [];
let firstParsedAt = 0;
/** Replies go out together: each message is a task (and a render) on the main thread. */
const send = (): void => {
  if (outbox.length === 0) return;
  self.postMessage(outbox);
  outbox = [];
};

/** Parses answer blocks off the main thread; a growing tail is parsed for its newest text only. */
const queue = newestPerSlotQueue<ParseRequest>(
  (request) => {
    let reply: ParseReply;
    try {
      reply = { slot: request.slot, id: request.id, tree: markdownToHast(request.text, request.markers) };
    } catch (error) {
      reply = { slot: request.slot, id: request.id, error: String(error) };
    }
    if (outbox.length === 0) firstParsedAt = performance.now();
    outbox.push(reply);
    if (performance.now() - firstParsedAt >= REPLY_EVERY_MS) send();
  },
  // One block per timeout: nested timeouts are clamped to 4 ms, so trees land at most about 200 times
  // a second. Unclamped (a message per task), four panes kept at their ends fell from about 40 to
  // 21-26 frames a second: every fresh tree is more layout on the main thread.
  (next) => setTimeout(next, 0),
  send,
);

self.onmessage = (event: MessageEvent<ParseMessage>) => {
  for (const entry of event.data) {
    if ('cancel' in entry) queue.drop(entry.slot);
    else queue.enqueue(entry);
  }
};
