import { describe, expect, it } from 'vitest';
import { findModel, type ModelInfo } from '../../../../shared/models/catalog';
import { allowForcedToolUse } from './allow-forced-tool-use';
import { expectInvalidRequest } from './expect-invalid-request';

const model = (id: string) => findModel(id) as ModelInfo;
const forcedBy = { param: 'tool_choice', what: 'tool_choice "required"' };

describe('allowForcedToolUse (A36: forced tool use and thinking)', () => {
  it('keeps the plan when thinking is off', () => {
    const warnings: string[] = [];
    expect(allowForcedToolUse({ on: false, requested: false }, model('claude-opus-4-8'), forcedBy, warnings)).toEqual({ on: false, requested: false });
    expect(warnings).toEqual([]);
  });

  it('turns off thinking that is on only by the model default, with a warning', () => {
    const warnings: string[] = [];
    expect(allowForcedToolUse({ on: true, requested: false }, model('claude-opus-5'), forcedBy, warnings)).toEqual({ thinking: { type: 'disabled' }, on: false, requested: false });
    expect(warnings).toEqual(['tool_choice "required" forces tool use, so thinking (on by default for claude-opus-5) was turned off.']);
  });

  it('400 when the caller asked for thinking', () => {
    expectInvalidRequest(() => allowForcedToolUse({ on: true, requested: true }, model('claude-sonnet-4-5'), forcedBy, []), 'tool_choice', /thinking/);
  });

  it('400 on a model that always thinks', () => {
    expectInvalidRequest(() => allowForcedToolUse({ on: true, requested: false }, model('claude-fable-5-2'), forcedBy, []), 'tool_choice', /always thinks/);
  });
});
