import type {
  RawContentBlockDeltaEvent,
  RawContentBlockStartEvent,
  RawContentBlockStopEvent,
} from '@anthropic-ai/sdk/resources/messages/messages';
import type { ChatDelta, ServerContentBlock } from '../../../../shared/chat/chunk';
import { CitationOffsets } from './citation-offsets';
import { ToolCallIndexer } from './tool-call-indexer';

/** What is kept about each content block between its start and its stop. */
type OpenBlock =
  | { kind: 'text' }
  | { kind: 'thinking'; thinking: string; signature: string }
  | { kind: 'redacted'; data: string }
  | { kind: 'tool' }
  | { kind: 'json'; sent: boolean; startInput: unknown }
  | { kind: 'server'; block: ServerContentBlock; json: string | undefined };

/**
 * content_block_start / _delta / _stop → OpenAI deltas (spec "Streaming", C2).
 * Each method returns the deltas to emit, in order (often none).
 * https://platform.claude.com/docs/en/build-with-claude/streaming
 */
export class ContentBlockTranslator {
  private readonly blocks = new Map<number, OpenBlock>();
  private readonly toolCalls = new ToolCallIndexer();
  private readonly citations = new CitationOffsets();

  /** `jsonTool`: the forced tool standing in for response_format; its input is the answer text. */
  constructor(private readonly jsonTool: string | undefined) {}

  /** Client tool calls emitted so far (the JSON-mode tool is not one). */
  get clientToolCalls(): number {
    return this.toolCalls.count;
  }

  start({ index, content_block: block }: RawContentBlockStartEvent): ChatDelta[] {
    switch (block.type) {
      case 'text':
        this.blocks.set(index, { kind: 'text' });
        this.citations.beginBlock(block.citations);
        return this.appendContent(block.text);
      case 'thinking':
        this.blocks.set(index, { kind: 'thinking', thinking: block.thinking, signature: block.signature });
        return block.thinking ? [{ reasoning_content: block.thinking }] : [];
      case 'redacted_thinking':
        // Arrives whole; handed on at its stop like a signed thinking block.
        this.blocks.set(index, { kind: 'redacted', data: block.data });
        return [];
      case 'tool_use':
        if (block.name === this.jsonTool) {
          this.blocks.set(index, { kind: 'json', sent: false, startInput: block.input });
          return [];
        }
        this.blocks.set(index, { kind: 'tool' });
        return [{ tool_calls: [this.toolCalls.start(index, block)] }];
      default:
        // Server tools run on Anthropic's side: never tool_calls, which a client would try to run (B1.6).
        // Only a block that has an `input` (server_tool_use) streams it; result blocks arrive whole.
        this.blocks.set(index, { kind: 'server', block: { ...block }, json: 'input' in block ? '' : undefined });
        return [];
    }
  }

  delta({ index, delta }: RawContentBlockDeltaEvent): ChatDelta[] {
    const open = this.blocks.get(index);
    if (!open) return [];
    switch (delta.type) {
      case 'text_delta':
        return open.kind === 'text' ? this.appendContent(delta.text) : [];
      case 'citations_delta':
        // Citations precede the text they support; their span is known at the block's stop.
        if (open.kind === 'text') this.citations.add(delta.citation);
        return [];
      case 'thinking_delta':
        if (open.kind !== 'thinking') return [];
        open.thinking += delta.thinking;
        return delta.thinking ? [{ reasoning_content: delta.thinking }] : [];
      case 'signature_delta':
        if (open.kind === 'thinking') open.signature = delta.signature;
        return [];
      case 'input_json_delta':
        return this.appendInput(index, open, delta.partial_json);
      default:
        return [];
    }
  }

  stop({ index }: RawContentBlockStopEvent): ChatDelta[] {
    const open = this.blocks.get(index);
    this.blocks.delete(index);
    switch (open?.kind) {
      case 'text': {
        const citations = this.citations.endBlock();
        return citations.length > 0 ? [{ citations }] : [];
      }
      case 'thinking':
        return [{ thinking_blocks: [{ type: 'thinking', thinking: open.thinking, signature: open.signature }] }];
      case 'redacted':
        return [{ thinking_blocks: [{ type: 'redacted_thinking', data: open.data }] }];
      case 'tool': {
        const last = this.toolCalls.stop(index);
        return last ? [{ tool_calls: [last] }] : [];
      }
      case 'json':
        return open.sent ? [] : this.appendContent(JSON.stringify(open.startInput ?? {}));
      case 'server':
        return [{ content_blocks: [completeServerBlock(open.block, open.json)] }];
      default:
        return [];
    }
  }

  private appendContent(text: string): ChatDelta[] {
    if (text === '') return [];
    this.citations.advance(text);
    return [{ content: text }];
  }

  private appendInput(index: number, open: OpenBlock, fragment: string): ChatDelta[] {
    switch (open.kind) {
      case 'tool': {
        const delta = this.toolCalls.append(index, fragment);
        return delta ? [{ tool_calls: [delta] }] : [];
      }
      case 'json':
        if (fragment !== '') open.sent = true;
        return this.appendContent(fragment);
      case 'server':
        if (open.json !== undefined) open.json += fragment;
        return [];
      default:
        return [];
    }
  }
}

/** A server block as the non-streamed answer has it: streamed input JSON parsed into `input`. */
function completeServerBlock(block: ServerContentBlock, json: string | undefined): ServerContentBlock {
  if (!json) return block;
  try {
    return { ...block, input: JSON.parse(json) as unknown } as ServerContentBlock;
  } catch {
    // Never drop what the API sent: malformed input is kept as the raw text.
    return { ...block, input: json } as ServerContentBlock;
  }
}
