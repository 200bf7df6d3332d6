import { describe, expect, it } from 'vitest';
import { blindOrderFits, displayOrder, finishedRound, promptHash, promptSnapshot, PROMPT_SNAPSHOT_LIMIT, shuffled, tallyVotes, type Vote } from './votes';

const vote = (models: string[], winner: number | 'tie'): Vote => ({ at: 0, models, winner, prompt: 'p', promptHash: 'h' });

describe('tallyVotes', () => {
  it('counts wins, ties and losses per model and sorts by win rate', () => {
    const rates = tallyVotes([vote(['opus', 'haiku'], 0), vote(['haiku', 'opus'], 1), vote(['opus', 'haiku'], 'tie'), vote(['haiku', 'gpt'], 0)]);
    expect(rates).toEqual([
      { model: 'opus', wins: 2, ties: 1, losses: 0, votes: 3, rate: 2 / 3 },
      { model: 'haiku', wins: 1, ties: 1, losses: 2, votes: 4, rate: 1 / 4 },
      { model: 'gpt', wins: 0, ties: 0, losses: 1, votes: 1, rate: 0 },
    ]);
  });

  it('with more than two panes the winner beats every other', () => {
    expect(tallyVotes([vote(['a', 'b', 'c'], 2)]).map(({ model, wins, losses }) => [model, wins, losses])).toEqual([
      ['c', 1, 0],
      ['a', 0, 1],
      ['b', 0, 1],
    ]);
  });

  it('counts a model shown twice in one vote once, and ignores a vote for a pane that was not there', () => {
    expect(tallyVotes([vote(['a', 'a'], 'tie'), vote(['a', 'b'], 5)])).toEqual([{ model: 'a', wins: 0, ties: 1, losses: 0, votes: 1, rate: 0 }]);
  });

  it('is empty without votes', () => {
    expect(tallyVotes([])).toEqual([]);
  });
});

describe('shuffled', () => {
  it('permutes with the given random source and leaves the input alone', () => {
    const input = ['a', 'b', 'c'];
    expect(shuffled(input, () => 0)).toEqual(['b', 'c', 'a']);
    expect(shuffled(input, () => 0.99)).toEqual(['a', 'b', 'c']);
    expect(input).toEqual(['a', 'b', 'c']);
  });

  it('keeps every item', () => {
    expect(shuffled(['a', 'b', 'c', 'd'], Math.random).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('displayOrder', () => {
  it.each<[string, string[] | null, string[]]>([
    ['no blind order', null, ['a', 'b']],
    ['a fitting blind order', ['b', 'a'], ['b', 'a']],
    ['a blind order from before a pane was added', ['b', 'a'], ['a', 'b', 'c']],
  ])('%s', (_name, blind, expected) => {
    const order = expected.length === 3 ? ['a', 'b', 'c'] : ['a', 'b'];
    expect(displayOrder(order, blind)).toEqual(expected);
  });

  it('tells whether a blind order still fits', () => {
    expect(blindOrderFits(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(blindOrderFits(['a', 'c'], ['b', 'a'])).toBe(false);
  });
});

describe('finishedRound', () => {
  it.each([
    ['all finished, failures included', [{ runId: 'r1', status: 'done' as const }, { runId: 'r2', status: 'error' as const }], 'r1,r2'],
    ['one still running', [{ runId: 'r1', status: 'done' as const }, { runId: 'r2', status: 'running' as const }], null],
    ['one never ran', [{ runId: 'r1', status: 'done' as const }, { status: 'idle' as const }], null],
    ['a single pane', [{ runId: 'r1', status: 'done' as const }], null],
  ])('%s', (_name, runs, round) => {
    expect(finishedRound(runs)).toBe(round);
  });
});

describe('prompt snapshot and hash', () => {
  it('joins the system prompt and messages with their roles, capped', () => {
    expect(promptSnapshot('Be brief', [{ role: 'user', text: 'Hi' }])).toBe('system: Be brief\n\nuser: Hi');
    expect(promptSnapshot('', [{ role: 'user', text: 'x'.repeat(5000) }])).toHaveLength(PROMPT_SNAPSHOT_LIMIT);
  });

  it('hashes stably and tells texts apart', () => {
    expect(promptHash('')).toBe('811c9dc5');
    expect(promptHash('a')).toBe('e40c292c');
    expect(promptHash('ab')).not.toBe(promptHash('ba'));
  });
});
