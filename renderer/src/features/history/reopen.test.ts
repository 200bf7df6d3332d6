import { describe, expect, it } from 'vitest';
import type { HistoryRun } from '../../../../shared/contract';
import type { PromptDoc } from '../compare/panes';
import { DEFAULT_PARAMS } from '../params/types';
import { planReopen } from './reopen';
import { snapshotText } from './snapshot';

const ids = (prefix: string) => {
  let n = 0;
  return () => `${prefix}${++n}`;
};
const doc = (text: string): PromptDoc => ({ system: 'S {{x}}', messages: [{ id: 'u', role: 'user', text, attachments: [] }], values: { x: '1' } });
type Run = Pick<HistoryRun, 'snapshot' | 'request' | 'paneLabel'>;
const withSnapshot = (model: string, prompt: PromptDoc, forked: boolean, paneLabel?: string): Run => ({
  request: { model, messages: [{ role: 'user', content: 'rendered' }] },
  snapshot: snapshotText({ model, params: { ...DEFAULT_PARAMS, temperature: 0.2 }, prompt, forked }),
  ...(paneLabel ? { paneLabel } : {}),
});

describe('planReopen', () => {
  it('is null without runs', () => {
    expect(planReopen([], ids('p'), ids('m'))).toBeNull();
  });

  it('restores one run from its snapshot as the shared prompt, with its model and parameters', () => {
    const plan = planReopen([withSnapshot('claude-opus-5-5', doc('hello {{x}}'), false)], ids('p'), ids('m'));
    expect(plan).toEqual({ shared: doc('hello {{x}}'), panes: [{ id: 'p1', model: 'claude-opus-5-5', params: { ...DEFAULT_PARAMS, temperature: 0.2 } }], lost: [] });
  });

  it('shares the prompt of the first run that was not forked; a run with another prompt gets a fork', () => {
    const runs = [withSnapshot('m-b', doc('own'), true, 'B'), withSnapshot('m-a', doc('shared'), false, 'A'), withSnapshot('m-c', doc('shared'), false, 'C')];
    const plan = planReopen(runs, ids('p'), ids('m'));
    expect(plan?.shared).toEqual(doc('shared'));
    expect(plan?.panes.map((pane) => [pane.id, pane.model, pane.fork?.messages[0]?.text])).toEqual([
      ['p1', 'm-b', 'own'],
      ['p2', 'm-a', undefined],
      ['p3', 'm-c', undefined],
    ]);
  });

  it('rebuilds a run without a readable snapshot from its request, and says what it could not bring back', () => {
    const run: Run = {
      request: { model: 'claude-haiku-5-5', temperature: 1, messages: [{ role: 'system', content: 'sys' }, { role: 'user', content: [{ type: 'text', text: 'q' }, { type: 'image_url', image_url: { url: 'https://e.x/i.png' } }] }] },
      snapshot: '{broken',
      paneLabel: 'A',
    };
    const plan = planReopen([run], ids('p'), ids('m'));
    expect(plan?.shared).toEqual({ system: 'sys', messages: [{ id: 'm1', role: 'user', text: 'q', attachments: [] }], values: {} });
    expect(plan?.panes[0]).toMatchObject({ model: 'claude-haiku-5-5', params: { temperature: 1 } });
    expect(plan?.lost).toEqual(['Run A: 1 content part other than text and stored attachments']);
  });

  it('opens at most four panes, and never shares objects with the runs it read', () => {
    const runs = Array.from({ length: 6 }, (_, i) => withSnapshot(`m${i}`, doc(`t${i}`), false));
    const plan = planReopen(runs, ids('p'), ids('m'));
    expect(plan?.panes).toHaveLength(4);
    plan!.shared.messages.length = 0;
    expect(plan?.panes[1]?.fork?.messages).toHaveLength(1);
  });
});
