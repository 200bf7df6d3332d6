import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../../../shared/chat/request-schema';
import { findModel, type ModelInfo } from '../../../../shared/models/catalog';
import { expectInvalidRequest } from './expect-invalid-request';
import { resolveThinking, type ThinkingPlan } from './resolve-thinking';

const model = (id: string) => findModel(id) as ModelInfo;
const noThinkingModel: ModelInfo = { ...model('claude-haiku-4-5'), id: 'claude-plain', thinking: 'none', thinkingBudget: false };
const ask = (extra: Partial<ChatRequest>): ChatRequest => ({ model: 'm', messages: [{ role: 'user', content: 'q' }], ...extra });
const summarized = { type: 'adaptive', display: 'summarized' } as const;

type Row = [string, string | ModelInfo, Partial<ChatRequest>, ThinkingPlan, string[]];

describe('resolveThinking', () => {
  it.each<Row>([
    // A23 budget models: fixed budgets (vector 24)
    ['A23 budget model, low → 1024', 'claude-sonnet-4-5', { reasoning_effort: 'low' }, { thinking: { type: 'enabled', budget_tokens: 1024 }, budget: 1024, on: true, requested: true }, []],
    ['A23 budget model, minimal → 1024', 'claude-sonnet-4-5-20250929', { reasoning_effort: 'minimal' }, { thinking: { type: 'enabled', budget_tokens: 1024 }, budget: 1024, on: true, requested: true }, []],
    ['A23 budget model, medium → 2048', 'claude-sonnet-4-5', { reasoning_effort: 'medium' }, { thinking: { type: 'enabled', budget_tokens: 2048 }, budget: 2048, on: true, requested: true }, []],
    ['A23 budget model, high → 4096', 'claude-haiku-4-5', { reasoning_effort: 'high' }, { thinking: { type: 'enabled', budget_tokens: 4096 }, budget: 4096, on: true, requested: true }, []],
    ['A23 budget model, xhigh → 8192', 'claude-opus-4-5', { reasoning_effort: 'xhigh' }, { thinking: { type: 'enabled', budget_tokens: 8192 }, budget: 8192, on: true, requested: true }, []],
    ['A23 budget model, max → 16384', 'claude-opus-4-1', { reasoning_effort: 'max' }, { thinking: { type: 'enabled', budget_tokens: 16384 }, budget: 16384, on: true, requested: true }, []],
    ['A23 none → thinking omitted', 'claude-sonnet-4-5', { reasoning_effort: 'none' }, { on: false, requested: true }, []],
    // A23 adaptive models: adaptive + output_config.effort (vector 25)
    ['A23 adaptive model, high → adaptive + effort high', 'claude-opus-4-8', { reasoning_effort: 'high' }, { thinking: summarized, effort: 'high', on: true, requested: true }, []],
    ['A23 adaptive model, minimal → effort low', 'claude-opus-4-6', { reasoning_effort: 'minimal' }, { thinking: summarized, effort: 'low', on: true, requested: true }, []],
    ['A23 effort the model lacks steps down', 'claude-opus-4-6', { reasoning_effort: 'xhigh' }, { thinking: summarized, effort: 'high', on: true, requested: true }, ['claude-opus-4-6 has no "xhigh" effort; sent "high".']],
    ['A23 none on a default-off adaptive model → omitted', 'claude-opus-4-8', { reasoning_effort: 'none' }, { on: false, requested: true }, []],
    ['A23 none on a default-on model → disabled', 'claude-opus-5', { reasoning_effort: 'none' }, { thinking: { type: 'disabled' }, on: false, requested: true }, []],
    [
      'A23 none on an always-thinking model → lowest effort',
      'claude-opus-5-5',
      { reasoning_effort: 'none' },
      { effort: 'low', on: true, requested: true },
      ['claude-opus-5-5 always thinks; reasoning_effort "none" was sent as the lowest effort.'],
    ],
    ['A23 max on an always-thinking model', 'claude-fable-5-2', { reasoning_effort: 'max' }, { thinking: summarized, effort: 'max', on: true, requested: true }, []],
    // A22 explicit thinking
    [
      'A22 explicit enabled passes through where budgets are accepted (effort ignored)',
      'claude-sonnet-4-6',
      { thinking: { type: 'enabled', budget_tokens: 5000, display: 'omitted' }, reasoning_effort: 'low' },
      { thinking: { type: 'enabled', budget_tokens: 5000, display: 'omitted' }, budget: 5000, on: true, requested: true },
      ['reasoning_effort "low" was ignored: the thinking budget was given explicitly.'],
    ],
    [
      'A22 enabled on an adaptive-only model → adaptive (per docs), effort applied',
      'claude-opus-4-7',
      { thinking: { type: 'enabled', budget_tokens: 5000 }, reasoning_effort: 'medium' },
      { thinking: { type: 'adaptive' }, effort: 'medium', on: true, requested: true },
      ['claude-opus-4-7 does not accept thinking budgets; sent adaptive thinking instead (reasoning_effort steers its depth).'],
    ],
    ['A22 adaptive passes through with its display', 'claude-sonnet-5', { thinking: { type: 'adaptive', display: 'omitted' } }, { thinking: { type: 'adaptive', display: 'omitted' }, on: true, requested: true }, []],
    [
      'A22 adaptive on a budget model → a fixed budget',
      'claude-sonnet-4-5',
      { thinking: { type: 'adaptive' }, reasoning_effort: 'high' },
      { thinking: { type: 'enabled', budget_tokens: 4096 }, budget: 4096, on: true, requested: true },
      ['claude-sonnet-4-5 has no adaptive thinking; sent extended thinking with a 4096-token budget.'],
    ],
    ['A22 disabled passes through', 'claude-opus-5', { thinking: { type: 'disabled' } }, { thinking: { type: 'disabled' }, on: false, requested: true }, []],
    [
      'A22 disabled on an always-thinking model is not sent',
      'claude-sonnet-5-5',
      { thinking: { type: 'disabled' }, reasoning_effort: 'none' },
      { on: true, requested: true },
      ['claude-sonnet-5-5 always thinks; thinking {type: "disabled"} was not sent.'],
    ],
    [
      'A22 adaptive + reasoning_effort none: the explicit field wins',
      'claude-opus-4-8',
      { thinking: { type: 'adaptive' }, reasoning_effort: 'none' },
      { thinking: { type: 'adaptive' }, on: true, requested: true },
      ['reasoning_effort "none" was ignored: thinking was asked for explicitly.'],
    ],
    // Defaults
    ['nothing asked on a default-off model', 'claude-opus-4-8', {}, { on: false, requested: false }, []],
    ['nothing asked on an always-thinking model', 'claude-opus-5-5', {}, { on: true, requested: false }, []],
    ['nothing asked on a default-on model', 'claude-haiku-5-5', {}, { on: true, requested: false }, []],
    ['reasoning_effort on a model without thinking is dropped', noThinkingModel, { reasoning_effort: 'high' }, { on: false, requested: false }, ['reasoning_effort was dropped: claude-plain has no extended thinking.']],
  ])('%s', (_name, id, extra, expected, expectedWarnings) => {
    const warnings: string[] = [];
    expect(resolveThinking(ask(extra), typeof id === 'string' ? model(id) : id, warnings)).toEqual(expected);
    expect(warnings).toEqual(expectedWarnings);
  });

  it('A22 400 for explicit thinking on a model without extended thinking', () => {
    expectInvalidRequest(() => resolveThinking(ask({ thinking: { type: 'enabled', budget_tokens: 2048 } }), noThinkingModel, []), 'thinking');
  });
});
