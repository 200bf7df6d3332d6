import { describe, expect, it } from 'vitest';
import { ToolCallIndexer } from './tool-call-indexer';

describe('ToolCallIndexer', () => {
  it('numbers client tool blocks densely whatever their block index, and keys fragments by block', () => {
    const indexer = new ToolCallIndexer();
    expect(indexer.start(3, { id: 'a', name: 'f', input: {} })).toEqual({ index: 0, id: 'a', type: 'function', function: { name: 'f', arguments: '' } });
    expect(indexer.start(7, { id: 'b', name: 'g', input: {} })).toMatchObject({ index: 1, id: 'b' });
    expect(indexer.append(7, '{"x"')).toEqual({ index: 1, function: { arguments: '{"x"' } });
    expect(indexer.append(3, '{}')).toEqual({ index: 0, function: { arguments: '{}' } });
    expect(indexer.count).toBe(2);
    expect(indexer.has(3)).toBe(true);
  });

  it('skips empty fragments and closes a call without arguments with its start input', () => {
    const indexer = new ToolCallIndexer();
    indexer.start(0, { id: 'a', name: 'f', input: {} });
    expect(indexer.append(0, '')).toBeUndefined();
    expect(indexer.stop(0)).toEqual({ index: 0, function: { arguments: '{}' } });
    expect(indexer.has(0)).toBe(false);

    indexer.start(1, { id: 'b', name: 'g', input: { ready: true } });
    expect(indexer.stop(1)).toEqual({ index: 1, function: { arguments: '{"ready":true}' } });
  });

  it('adds nothing at the stop of a call that streamed arguments, or of an unknown block', () => {
    const indexer = new ToolCallIndexer();
    indexer.start(0, { id: 'a', name: 'f', input: {} });
    indexer.append(0, '{"a":1}');
    expect(indexer.stop(0)).toBeUndefined();
    expect(indexer.stop(9)).toBeUndefined();
    expect(indexer.append(9, 'x')).toBeUndefined();
  });
});
