import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './create-memory-store';

describe('createMemoryStore', () => {
  it('sets, gets, replaces and deletes per account', async () => {
    const store = createMemoryStore();
    expect(store.kind).toBe('memory');
    expect(await store.get('a')).toBeUndefined();
    await store.set('a', 'one');
    await store.set('b', 'two');
    await store.set('a', 'three');
    expect([await store.get('a'), await store.get('b')]).toEqual(['three', 'two']);
    expect(await store.delete('a')).toBe(true);
    expect(await store.delete('a')).toBe(false);
    expect(await store.get('a')).toBeUndefined();
  });

  it('keeps each store to itself', async () => {
    const first = createMemoryStore();
    await first.set('a', 'one');
    expect(await createMemoryStore().get('a')).toBeUndefined();
  });
});
