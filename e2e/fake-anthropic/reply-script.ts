import type {
  Citation,
  DeltaUsage,
  JsonValue,
  Message,
  MessageDeltaEvent,
  RefusalStopDetails,
  StopReason,
  StreamEvent,
  Usage,
} from './wire.js';

/** Splits text into word-sized pieces, each keeping its leading whitespace. */
export function wordChunks(text: string): string[] {
  return text.match(/\s*\S+\s*$|\s*\S+/g) ?? (text === '' ? [] : [text]);
}

/** Splits a JSON document into roughly `parts` fragments, as input_json_delta does. */
export function jsonFragments(json: string, parts = 4): string[] {
  const size = Math.max(1, Math.ceil(json.length / parts));
  const fragments: string[] = [];
  for (let at = 0; at < json.length; at += size) fragments.push(json.slice(at, at + size));
  return fragments;
}

export interface CacheFigures {
  creation5m: number;
  creation1h: number;
  read: number;
}

/**
 * Builds the event sequence of one assistant message, block by block, keeping
 * content indexes and output size consistent.
 */
export class ReplyScript {
  readonly events: StreamEvent[] = [];
  private nextIndex = 0;
  private outputChars = 0;
  private readonly usage: Usage;

  constructor(messageId: string, model: string, inputTokens: number, cache?: CacheFigures) {
    const creation = cache ? cache.creation5m + cache.creation1h : 0;
    this.usage = {
      input_tokens: inputTokens,
      cache_creation_input_tokens: creation,
      cache_read_input_tokens: cache?.read ?? 0,
      cache_creation: {
        ephemeral_5m_input_tokens: cache?.creation5m ?? 0,
        ephemeral_1h_input_tokens: cache?.creation1h ?? 0,
      },
      output_tokens: 1,
      service_tier: 'standard',
    };
    const message: Message = {
      id: messageId,
      type: 'message',
      role: 'assistant',
      model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      stop_details: null,
      usage: { ...this.usage, cache_creation: { ...this.usage.cache_creation } },
    };
    this.events.push({ type: 'message_start', message }, { type: 'ping' });
  }

  /** A text block; with `citations`, the block is cited like the real API does (citations first). */
  text(chunks: readonly string[], citations?: readonly Citation[], close = true): this {
    const index = this.nextIndex++;
    this.events.push({
      type: 'content_block_start',
      index,
      content_block: citations ? { type: 'text', text: '', citations: [] } : { type: 'text', text: '' },
    });
    for (const citation of citations ?? []) {
      this.events.push({ type: 'content_block_delta', index, delta: { type: 'citations_delta', citation } });
    }
    for (const text of chunks) {
      this.outputChars += text.length;
      this.events.push({ type: 'content_block_delta', index, delta: { type: 'text_delta', text } });
    }
    if (close) this.events.push({ type: 'content_block_stop', index });
    return this;
  }

  thinking(chunks: readonly string[], signature: string): this {
    const index = this.nextIndex++;
    this.events.push({ type: 'content_block_start', index, content_block: { type: 'thinking', thinking: '', signature: '' } });
    for (const thinking of chunks) {
      this.outputChars += thinking.length;
      this.events.push({ type: 'content_block_delta', index, delta: { type: 'thinking_delta', thinking } });
    }
    this.events.push(
      { type: 'content_block_delta', index, delta: { type: 'signature_delta', signature } },
      { type: 'content_block_stop', index },
    );
    return this;
  }

  /** Redacted thinking arrives whole in content_block_start, with no deltas. */
  redactedThinking(data: string): this {
    const index = this.nextIndex++;
    this.outputChars += 40;
    this.events.push(
      { type: 'content_block_start', index, content_block: { type: 'redacted_thinking', data } },
      { type: 'content_block_stop', index },
    );
    return this;
  }

  /** The real API opens with an empty partial_json, then streams fragments. */
  toolUse(id: string, name: string, input: JsonValue): this {
    const index = this.nextIndex++;
    const json = JSON.stringify(input);
    this.outputChars += json.length + name.length;
    this.events.push({ type: 'content_block_start', index, content_block: { type: 'tool_use', id, name, input: {} } });
    for (const partial_json of ['', ...jsonFragments(json)]) {
      this.events.push({ type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json } });
    }
    this.events.push({ type: 'content_block_stop', index });
    return this;
  }

  /** Appends message_delta and, unless `withStop` is false, message_stop. */
  finish(
    stopReason: StopReason,
    options: { stopSequence?: string; stopDetails?: RefusalStopDetails; outputTokens?: number; withStop?: boolean } = {},
  ): this {
    const usage: DeltaUsage = {
      input_tokens: this.usage.input_tokens,
      cache_creation_input_tokens: this.usage.cache_creation_input_tokens,
      cache_read_input_tokens: this.usage.cache_read_input_tokens,
      output_tokens: options.outputTokens ?? Math.max(1, Math.ceil(this.outputChars / 4)),
    };
    const delta: MessageDeltaEvent = {
      type: 'message_delta',
      delta: {
        stop_reason: stopReason,
        stop_sequence: options.stopSequence ?? null,
        stop_details: options.stopDetails ?? null,
      },
      usage,
    };
    this.events.push(delta);
    if (options.withStop !== false) this.events.push({ type: 'message_stop' });
    return this;
  }
}
