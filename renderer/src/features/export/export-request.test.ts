import { describe, expect, it } from 'vitest';
import { variableMarker } from '../../../../shared/export';
import { DEFAULT_PARAMS } from '../params/types';
import { newTurn, type PanePrompt } from '../pane/conversation';
import { exportRequest } from './export-request';

const prompt = (text: string, over: Partial<PanePrompt> = {}): PanePrompt => ({ model: 'claude-sonnet-4-5', system: '', messages: [newTurn('u', 'user', text)], values: {}, ...over });

describe('exportRequest', () => {
  it.each([
    ['an empty pane', prompt(' '), ['There is nothing to send yet: write a message first.']],
    ['an unset variable', prompt('Hi {{name}}'), ['Missing variable: name. Give each a value in Variables.']],
  ])('says why %s has no code', (_name, pane, reasons) => {
    expect(exportRequest(pane, DEFAULT_PARAMS, false)).toEqual({ ok: false, reasons });
  });

  it('gives the request check\'s errors as the reasons', () => {
    const outcome = exportRequest(prompt('Hi'), { ...DEFAULT_PARAMS, toolsJson: '[{"name": }]' }, false);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.reasons.length).toBeGreaterThan(0);
  });

  it('exports the filled-in request Run sends, by default', () => {
    const outcome = exportRequest(prompt('Hi {{name}}', { system: 'Be {{tone}}', values: { name: 'Ada', tone: 'brief' } }), DEFAULT_PARAMS, false);
    expect(outcome).toMatchObject({ ok: true, request: { messages: [{ role: 'system', content: 'Be brief' }, { role: 'user', content: 'Hi Ada' }] } });
    expect(outcome.ok && outcome.variables).toBeFalsy();
  });

  it('keeps placeholders as markers with the current values beside them, when asked', () => {
    const outcome = exportRequest(prompt('Hi {{ name }}, {{name}}!', { system: 'Be {{tone}}', values: { name: 'Ada', tone: 'brief', unused: 'x' } }), DEFAULT_PARAMS, true);
    expect(outcome).toMatchObject({
      ok: true,
      request: { messages: [{ role: 'system', content: `Be ${variableMarker('tone')}` }, { role: 'user', content: `Hi ${variableMarker('name')}, ${variableMarker('name')}!` }] },
      variables: { tone: 'brief', name: 'Ada' },
    });
  });

  it('still refuses to export a template with an unset variable when keeping the template', () => {
    expect(exportRequest(prompt('Hi {{name}}'), DEFAULT_PARAMS, true).ok).toBe(false);
  });
});
