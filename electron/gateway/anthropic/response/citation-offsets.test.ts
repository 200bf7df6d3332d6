import type { TextCitation } from '@anthropic-ai/sdk/resources/messages/messages';
import { describe, expect, it } from 'vitest';
import { CitationOffsets } from './citation-offsets';

const cite = (cited_text: string) =>
  ({ type: 'char_location', cited_text, document_index: 0, document_title: null, start_char_index: 0, end_char_index: 1, file_id: null }) as TextCitation;

describe('CitationOffsets', () => {
  it('spans each citation over the block it arrived in, counting all text before it', () => {
    const offsets = new CitationOffsets();
    offsets.beginBlock();
    offsets.advance('Grüße 👋 ');
    expect(offsets.endBlock()).toEqual([]);
    offsets.beginBlock([cite('a')]);
    offsets.add(cite('b'));
    offsets.advance('cited');
    offsets.advance(' claim');
    expect(offsets.endBlock()).toEqual([
      { start: 9, end: 20, citation: cite('a') },
      { start: 9, end: 20, citation: cite('b') },
    ]);
  });

  it('forgets a block\'s citations once they were handed out', () => {
    const offsets = new CitationOffsets();
    offsets.beginBlock([cite('a')]);
    offsets.advance('x');
    offsets.endBlock();
    expect(offsets.endBlock()).toEqual([]);
  });
});
