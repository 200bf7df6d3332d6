import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../chat/request-schema';
import { findModel, type ModelInfo } from '../models/catalog';
import { lintRequest } from './lint-request';

const messages: ChatRequest['messages'] = [{ role: 'user', content: 'Hi' }];
const sonnet45 = findModel('claude-sonnet-4-5');
const sonnet55 = findModel('claude-sonnet-5-5');
const haiku55 = findModel('claude-haiku-5-5');
const opus46 = findModel('claude-opus-4-6');
/** A model that takes sampling parameters (older API versions), to reach the thinking/sampling rule. */
const samplingModel: ModelInfo | undefined = sonnet45 && { ...sonnet45, samplingParams: true };
const noThinking: ModelInfo | undefined = sonnet45 && { ...sonnet45, thinking: 'none', thinkingBudget: false };

function codes(request: Partial<ChatRequest>, model: ModelInfo | undefined): string[] {
  return lintRequest({ model: model?.id ?? 'x', messages, ...request }, { model }).map((issue) => `${issue.severity}:${issue.code}`);
}

describe('thinking budget against max tokens', () => {
  it.each<[string, Partial<ChatRequest>, string[]]>([
    ['budget one below max', { max_completion_tokens: 2049, thinking: { type: 'enabled', budget_tokens: 2048 } }, []],
    ['budget equal to max', { max_completion_tokens: 2048, thinking: { type: 'enabled', budget_tokens: 2048 } }, ['error:budget-over-max']],
    ['budget above max', { max_completion_tokens: 1500, thinking: { type: 'enabled', budget_tokens: 2048 } }, ['error:budget-over-max']],
    ['max_tokens counts when max_completion_tokens is absent', { max_tokens: 1024, thinking: { type: 'enabled', budget_tokens: 1024 } }, ['error:budget-over-max']],
    ['without a max, the 4096 default counts', { thinking: { type: 'enabled', budget_tokens: 4096 } }, ['error:budget-over-max']],
    ['without a max, a budget below 4096', { thinking: { type: 'enabled', budget_tokens: 4095 } }, []],
    ['a max above the model limit is clamped', { max_completion_tokens: 100_000, thinking: { type: 'enabled', budget_tokens: 64_000 } }, ['error:budget-over-max']],
    ['budget below 1024', { max_completion_tokens: 4000, thinking: { type: 'enabled', budget_tokens: 1023 } }, ['error:budget-too-small']],
  ])('%s', (_label, request, expected) => {
    expect(codes(request, sonnet45)).toEqual(expected);
  });

  it('names both numbers in the message', () => {
    const [issue] = lintRequest({ model: 'claude-sonnet-4-5', messages, max_completion_tokens: 2000, thinking: { type: 'enabled', budget_tokens: 2048 } }, { model: sonnet45 });
    expect(issue?.message).toContain('The thinking budget (2,048) must be below max tokens (2,000)');
    expect(issue?.where).toBe('thinking.budget_tokens');
  });
});

describe('sampling parameters', () => {
  it.each<[string, Partial<ChatRequest>, ModelInfo | undefined, string[]]>([
    ['dropped for models whose API rejects them', { temperature: 0.5, top_k: 5 }, sonnet45, ['warning:sampling-dropped', 'warning:sampling-dropped']],
    ['temperature with thinking, where sampling is accepted', { temperature: 0.5, thinking: { type: 'enabled', budget_tokens: 1024 } }, samplingModel, ['error:thinking-sampling']],
    ['top_k with thinking', { top_k: 5, reasoning_effort: 'low' }, samplingModel, ['error:thinking-sampling']],
    ['top_p with thinking is allowed', { top_p: 0.95, thinking: { type: 'enabled', budget_tokens: 1024 } }, samplingModel, []],
    ['temperature without thinking', { temperature: 0.5 }, samplingModel, []],
    ['temperature with thinking disabled', { temperature: 0.5, thinking: { type: 'disabled' } }, samplingModel, []],
  ])('%s', (_label, request, model, expected) => {
    expect(codes(request, model)).toEqual(expected);
  });
});

describe('thinking kind against the model', () => {
  it.each<[string, Partial<ChatRequest>, ModelInfo | undefined, string[]]>([
    ['thinking on a model without it', { thinking: { type: 'adaptive' } }, noThinking, ['error:thinking-unsupported']],
    ['a budget on a model without budgets', { thinking: { type: 'enabled', budget_tokens: 2048 } }, sonnet55, ['warning:thinking-budget-unsupported']],
    ['a budget on a 4.6 model that still takes one', { thinking: { type: 'enabled', budget_tokens: 2048 } }, opus46, []],
    ['adaptive on a budget-only model', { thinking: { type: 'adaptive' } }, sonnet45, ['warning:thinking-adaptive-unsupported']],
    ['disabled on a model that always thinks', { thinking: { type: 'disabled' } }, sonnet55, ['warning:thinking-always-on']],
    ['unknown model: nothing checked', { thinking: { type: 'adaptive' } }, undefined, []],
  ])('%s', (_label, request, model, expected) => {
    expect(codes(request, model)).toEqual(expected);
  });
});

describe('prefill and forced tools', () => {
  const prefill: ChatRequest['messages'] = [...messages, { role: 'assistant', content: '{' }];
  it.each<[string, Partial<ChatRequest>, ModelInfo | undefined, string[]]>([
    ['prefill without thinking', { messages: prefill }, sonnet45, []],
    ['prefill with thinking', { messages: prefill, thinking: { type: 'enabled', budget_tokens: 1024 } }, sonnet45, ['error:prefill-thinking']],
    ['prefill on a model without prefill', { messages: prefill }, sonnet55, ['error:prefill-unsupported']],
    ['a final user message', {}, sonnet55, []],
    ['forced tool on a model that always thinks', { tool_choice: 'required' }, sonnet55, ['error:forced-tool-always-thinks']],
    ['named tool with thinking asked for', { tool_choice: { type: 'function', function: { name: 'a' } }, reasoning_effort: 'low' }, haiku55, ['error:forced-tool-thinking']],
    ['forced tool where thinking is only the default (the gateway turns it off)', { tool_choice: 'required' }, haiku55, []],
    ['tool choice auto with thinking', { tool_choice: 'auto', reasoning_effort: 'low' }, haiku55, []],
  ])('%s', (_label, request, model, expected) => {
    expect(codes(request, model)).toEqual(expected);
  });
});
