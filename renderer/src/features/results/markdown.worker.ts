/// <reference lib="webworker" />
import { markdownToHast } from './markdown-pipeline';
import type { ParseReply, ParseRequest } from './markdown-parse-messages';
import { newestPerSlotQueue } from './newest-per-slot-queue';

/** Parses answer blocks off the main thread; a growing tail is parsed for its newest text only. */
const enqueue = newestPerSlotQueue<ParseRequest>(
  (request) => {
    let reply: ParseReply;
    try {
      reply = { slot: request.slot, key: request.key, tree: markdownToHast(request.text, request.markers) };
    } catch (error) {
      reply = { slot: request.slot, key: request.key, error: String(error) };
    }
    self.postMessage(reply);
  },
  (next) => setTimeout(next, 0),
);

self.onmessage = (event: MessageEvent<ParseRequest>) => enqueue(event.data);
