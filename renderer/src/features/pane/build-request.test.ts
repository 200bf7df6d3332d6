import { describe, expect, it } from 'vitest';
import { buildRequest, describeBlocked } from './build-request';
import type { PanePrompt } from './store';

const prompt = (over: Partial<PanePrompt>): PanePrompt => ({ model: 'm', system: '', user: 'Hi', values: {}, ...over });

describe('buildRequest', () => {
  it('sends plain prompts unchanged and leaves out an empty system prompt', () => {
    expect(buildRequest(prompt({ system: '  ' }))).toEqual({
      ok: true,
      request: { model: 'm', messages: [{ role: 'user', content: 'Hi' }], stream: true, stream_options: { include_usage: true } },
    });
  });

  it('fills variables in the system prompt and the user message, verbatim', () => {
    const result = buildRequest(prompt({ system: 'You are {{persona}}.', user: 'On {{topic}}: {{x}}', values: { persona: 'a poet', topic: '{{x}} $&', x: '' } }));
    expect(result.ok && result.request.messages).toEqual([
      { role: 'system', content: 'You are a poet.' },
      { role: 'user', content: 'On {{x}} $&: ' },
    ]);
  });

  it('refuses with every missing variable once, across both texts', () => {
    const result = buildRequest(prompt({ system: '{{a}} {{b}}', user: '{{b}} {{c}}', values: { b: '' } }));
    expect(result).toEqual({ ok: false, missing: ['a', 'c'], problems: [] });
  });

  it('refuses with template problems, naming the field and line', () => {
    const result = buildRequest(prompt({ user: 'ok\n{{}}', values: {} }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(({ field, problem }) => [field, problem.kind, problem.line])).toEqual([['User message', 'empty', 2]]);
    expect(describeBlocked(result)[0]).toMatch(/^User message, line 2: /);
  });

  it('describes missing variables in one line', () => {
    expect(describeBlocked({ missing: ['a', 'b'], problems: [] })).toEqual(['Missing variables: a, b. Give each a value in Variables.']);
    expect(describeBlocked({ missing: ['a'], problems: [] })).toEqual(['Missing variable: a. Give each a value in Variables.']);
  });
});
