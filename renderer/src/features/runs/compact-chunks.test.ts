import { describe, expect, it } from 'vitest';
import type { ChatChunk, ChatChunkChoice } from '../../../../shared/chat/chunk';
import { assembleCompletion } from '../../../../shared/chat/assemble-completion';
import { applyChunks, beginRun, runText } from './run-state';
import { archiveChunks, compactTextChunks } from './compact-chunks';

const chunk = (choice: Partial<ChatChunkChoice>, extra: Partial<ChatChunk> = {}): ChatChunk => ({
  id: 'c1',
  object: 'chat.completion.chunk',
  created: 1,
  model: 'claude',
  choices: [{ index: 0, delta: {}, finish_reason: null, ...choice }],
  ...extra,
});
const text = (content: string) => chunk({ delta: { content } });
const citation = { type: 'char_location' as const, cited_text: 'a', document_index: 0, document_title: null, start_char_index: 0, end_char_index: 1 };

const cases: { name: string; chunks: ChatChunk[]; count: number }[] = [
  { name: 'text deltas fold into one chunk', chunks: [text('a'), text('b'), text('c')], count: 1 },
  { name: 'role and text of the first delta fold with the next text', chunks: [chunk({ delta: { role: 'assistant', content: 'a' } }), text('b')], count: 2 },
  { name: 'thinking and text deltas fold, each joined apart', chunks: [chunk({ delta: { reasoning_content: 'r1' } }), text('a'), chunk({ delta: { reasoning_content: 'r2' } })], count: 1 },
  { name: 'a finish chunk stays apart, text around it folds', chunks: [text('a'), text('b'), chunk({ delta: {}, finish_reason: 'stop' }), text('c')], count: 3 },
  { name: 'usage stays apart', chunks: [text('a'), chunk({ delta: {} }, { usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 } }), text('b')], count: 3 },
  { name: 'a delta with citations stays apart, in order', chunks: [text('a'), chunk({ delta: { content: 'b', citations: [{ ...citation, start: 0, end: 1 }] as never } }), text('c')], count: 3 },
  { name: 'tool call fragments stay apart', chunks: [text('a'), chunk({ delta: { tool_calls: [{ index: 0, id: 't', function: { name: 'f', arguments: '{' } }] } }), text('b')], count: 3 },
  { name: 'another choice index starts a new chunk', chunks: [text('a'), chunk({ index: 1, delta: { content: 'x' } }), text('b')], count: 3 },
  { name: 'keys present without a value do not stop folding', chunks: [chunk({ delta: { content: 'a', tool_calls: undefined } }), text('b')], count: 1 },
  { name: 'nothing in, nothing out', chunks: [], count: 0 },
];

describe('compactTextChunks', () => {
  it.each(cases)('$name, and the assembled response is unchanged', ({ chunks, count }) => {
    const compact = compactTextChunks(chunks);
    expect(compact).toHaveLength(count);
    expect(assembleCompletion(compact)).toEqual(assembleCompletion(chunks));
  });

  it('does not change the chunks it was given', () => {
    const chunks = [text('a'), text('b')];
    compactTextChunks(chunks);
    expect(chunks.map((item) => item.choices[0]?.delta.content)).toEqual(['a', 'b']);
  });
});

describe('archiveChunks', () => {
  it.each(cases)('$name: without the first choice\'s text, the response assembled with the run\'s text is unchanged', ({ chunks }) => {
    const archive: ChatChunk[] = [];
    // Two frames, as the store receives them.
    archiveChunks(archive, chunks.slice(0, 2));
    archiveChunks(archive, chunks.slice(2));
    const run = applyChunks(beginRun('r', 0), chunks, 1);
    expect(assembleCompletion(archive, { content: runText(run), reasoning: run.reasoning })).toEqual(assembleCompletion(chunks));
    expect(archive.some((item) => item.choices[0]?.index === 0 && item.choices[0].delta.content)).toBe(chunks.some((item) => item.choices[0]?.delta.citations));
  });

  it('keeps one chunk of a text-only stream, to name it, and none of its text', () => {
    const archive: ChatChunk[] = [];
    for (let i = 0; i < 50; i++) archiveChunks(archive, [text('word '), text('word ')]);
    expect(archive).toHaveLength(1);
    expect(archive[0]?.choices[0]?.delta.content).toBeUndefined();
  });
});
