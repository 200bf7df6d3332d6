import type { ChatDelta } from '../../../../shared/chat/chunk';

type ToolCallDelta = NonNullable<ChatDelta['tool_calls']>[number];

interface OpenCall {
  index: number;
  sentArguments: boolean;
  /** Input already present in content_block_start (programmatic calls), else `{}`. */
  startInput: unknown;
}

/**
 * OpenAI tool-call indices for Anthropic tool_use blocks: dense (0, 1, 2…) over
 * client tool blocks only, whatever their content-block index, keyed by block index
 * so interleaved blocks cannot mix their arguments (C3).
 * https://platform.claude.com/docs/en/build-with-claude/streaming
 */
export class ToolCallIndexer {
  private readonly open = new Map<number, OpenCall>();
  private next = 0;

  /** How many client tool calls were opened. */
  get count(): number {
    return this.next;
  }

  has(blockIndex: number): boolean {
    return this.open.has(blockIndex);
  }

  /** The first chunk of a call: the only one carrying id, type and name. */
  start(blockIndex: number, block: { id: string; name: string; input: unknown }): ToolCallDelta {
    const call: OpenCall = { index: this.next++, sentArguments: false, startInput: block.input };
    this.open.set(blockIndex, call);
    return { index: call.index, id: block.id, type: 'function', function: { name: block.name, arguments: '' } };
  }

  append(blockIndex: number, fragment: string): ToolCallDelta | undefined {
    const call = this.open.get(blockIndex);
    if (!call || fragment === '') return undefined;
    call.sentArguments = true;
    return { index: call.index, function: { arguments: fragment } };
  }

  /** A call that streamed no arguments still gets valid JSON ("{}" for no input). */
  stop(blockIndex: number): ToolCallDelta | undefined {
    const call = this.open.get(blockIndex);
    this.open.delete(blockIndex);
    if (!call || call.sentArguments) return undefined;
    return { index: call.index, function: { arguments: JSON.stringify(call.startInput ?? {}) } };
  }
}
