/** Plays a scenario's events back to the client, streaming or as one JSON Message. */
import type { ServerResponse } from 'node:http';
import { assembleMessage } from './assemble.js';
import { pause, sendJson, writeFlushed } from './http-utils.js';
import type { EventsOutcome } from './scenarios.js';
import { errorBody, sseFrame } from './wire.js';

export async function streamEvents(
  res: ServerResponse,
  outcome: EventsOutcome,
  headers: Record<string, string>,
  signal: AbortSignal,
  cut: () => void,
): Promise<void> {
  res.writeHead(200, { ...headers, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  res.flushHeaders();
  for (const [index, event] of outcome.events.entries()) {
    if (index > 0 && !(await pause(outcome.paceMs, signal))) return;
    if (!(await writeFlushed(res, sseFrame(event.type, event), signal))) return;
  }
  if (outcome.ending === 'complete') return void res.end();
  if (!(await pause(outcome.paceMs, signal))) return;
  if (outcome.ending === 'error_event') {
    const error = { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } };
    if (!(await writeFlushed(res, sseFrame('error', error), signal))) return;
  }
  if (outcome.ending === 'cut') cut();
  else res.end();
}

/** Non-streaming: the same events folded into one Message, after the same total pacing. */
export async function answerWhole(
  res: ServerResponse,
  outcome: EventsOutcome,
  headers: Record<string, string>,
  signal: AbortSignal,
  cut: () => void,
  id: number,
): Promise<void> {
  if (!(await pause(outcome.paceMs * outcome.events.length, signal))) return;
  const message = assembleMessage(outcome.events);
  if (outcome.ending === 'complete') return sendJson(res, 200, message, headers);
  if (outcome.ending === 'error_event') {
    return sendJson(res, 529, errorBody('overloaded_error', 'Overloaded', `req_fake_${id}`), headers);
  }
  // cut / end_early: a truncated JSON body, the non-streaming face of a broken response.
  const text = JSON.stringify(message);
  res.writeHead(200, { ...headers, 'content-type': 'application/json' });
  if (!(await writeFlushed(res, text.slice(0, Math.floor(text.length / 2)), signal))) return;
  if (outcome.ending === 'cut') cut();
  else res.end();
}
