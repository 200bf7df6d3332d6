import { describe, expect, it } from 'vitest';
import { addPane, duplicatePane, FIRST_PANE, initialPanes, MAX_PANES, paneLetter, removePane, restorePane, sanitizePanes, updatePane, withoutFork, type PanesState, type PromptDoc } from './panes';

const doc = (text: string): PromptDoc => ({ system: 'sys', messages: [{ id: 'm1', role: 'user', text, attachments: [] }], values: { a: '1' } });
const two: PanesState = { order: ['main', 'b'], layout: 'columns', byId: { main: { model: 'claude-x' }, b: { model: 'openai/gpt', fork: doc('forked') } } };

describe('initialPanes', () => {
  it.each([
    ['claude-opus-old', 'claude-opus-old'],
    [undefined, 'default-model'],
    ['', 'default-model'],
    [42, 'default-model'],
  ])('seeds the first pane with the saved model %j', (legacy, model) => {
    expect(initialPanes(legacy, 'default-model')).toEqual({ order: [FIRST_PANE], layout: 'columns', byId: { [FIRST_PANE]: { model } } });
  });
});

describe('adding, duplicating and removing panes', () => {
  it('adds a pane with the last pane model and no fork', () => {
    const next = addPane(two, 'c');
    expect(next.order).toEqual(['main', 'b', 'c']);
    expect(next.byId.c).toEqual({ model: 'openai/gpt' });
  });

  it(`stops at ${MAX_PANES} panes`, () => {
    const full = addPane(addPane(two, 'c'), 'd');
    expect(addPane(full, 'e')).toBe(full);
    expect(duplicatePane(full, 'b', 'e')).toBe(full);
  });

  it('duplicates model and fork right after the source, sharing no objects', () => {
    const next = duplicatePane(two, 'main', 'c');
    expect(next.order).toEqual(['main', 'c', 'b']);
    const copy = duplicatePane(two, 'b', 'd');
    expect(copy.byId.d).toEqual(two.byId.b);
    expect(copy.byId.d?.fork).not.toBe(two.byId.b?.fork);
    expect(copy.byId.d?.fork?.messages[0]).not.toBe(two.byId.b?.fork?.messages[0]);
  });

  it('never removes the last pane', () => {
    const one = initialPanes('m', 'd');
    expect(removePane(one, FIRST_PANE)).toEqual({ state: one, removed: null });
  });

  it('removes a pane and an undo puts it back in place', () => {
    const three = addPane(two, 'c');
    const { state, removed } = removePane(three, 'b');
    expect(state.order).toEqual(['main', 'c']);
    expect(state.byId.b).toBeUndefined();
    if (!removed) throw new Error('not removed');
    expect(restorePane(state, removed)).toEqual(three);
  });

  it('reset to shared drops the fork and keeps the model', () => {
    expect(updatePane(two, 'b', withoutFork).byId.b).toEqual({ model: 'openai/gpt' });
    expect(updatePane(two, 'missing', withoutFork)).toBe(two);
  });

  it('letters panes by place', () => {
    expect([0, 1, 2, 3].map(paneLetter)).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('sanitizePanes', () => {
  const fallback = initialPanes('m', 'd');
  it.each<[string, unknown, PanesState]>([
    ['nothing saved', undefined, fallback],
    ['not an object', 'x', fallback],
    ['no panes left', { order: ['gone'], byId: {} }, fallback],
    ['a valid set', two, two],
    [
      'duplicates, unknown ids and too many',
      { order: ['main', 'main', 'x', 'b', 'c', 'd', 'e'], layout: 'diagonal', byId: { main: { model: '1' }, b: { model: '2' }, c: { model: '3' }, d: { model: '4' }, e: { model: '5' } } },
      { order: ['main', 'b', 'c', 'd'], layout: 'columns', byId: { main: { model: '1' }, b: { model: '2' }, c: { model: '3' }, d: { model: '4' } } },
    ],
  ])('%s', (_name, saved, expected) => {
    expect(sanitizePanes(saved, fallback)).toEqual(expected);
  });
});
