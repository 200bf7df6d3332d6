import type { TextCitation } from '@anthropic-ai/sdk/resources/messages/messages';
import type { ChatCitation } from '../../../../shared/chat/chunk';

/**
 * Ties Anthropic citations to spans of the OpenAI `content` string. A citation
 * belongs to the text block it arrived in (the API splits the answer so that each
 * cited claim is its own block), so its span is that block's place in the
 * concatenated content. Streamed citations come before the block's text, hence the
 * span is known only when the block ends.
 * Offsets are JavaScript string indices (UTF-16 code units), end exclusive.
 * https://platform.claude.com/docs/en/build-with-claude/citations
 */
export class CitationOffsets {
  private length = 0;
  private blockStart = 0;
  private pending: TextCitation[] = [];

  /** Text appended to `content`, cited or not (text blocks and JSON-mode output). */
  advance(text: string): void {
    this.length += text.length;
  }

  beginBlock(citations?: readonly TextCitation[] | null): void {
    this.blockStart = this.length;
    this.pending = [...(citations ?? [])];
  }

  add(citation: TextCitation): void {
    this.pending.push(citation);
  }

  /** The citations of the block that just ended, with its span. */
  endBlock(): ChatCitation[] {
    const spans = this.pending.map((citation) => ({ start: this.blockStart, end: this.length, citation }));
    this.pending = [];
    return spans;
  }
}
