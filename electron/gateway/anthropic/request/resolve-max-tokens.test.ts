import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../../../shared/chat/request-schema';
import { expectInvalidRequest } from './expect-invalid-request';
import { resolveMaxTokens, type MaxTokens } from './resolve-max-tokens';
import { resolveModel } from './resolve-model';

const ask = (extra: Partial<ChatRequest>): ChatRequest => ({ model: 'm', messages: [{ role: 'user', content: 'q' }], ...extra });
const model = (id: string) => resolveModel(id, []);

describe('resolveMaxTokens', () => {
  it.each<[string, string, Partial<ChatRequest>, number | undefined, MaxTokens, string[]]>([
    ['A25 default 4096 when neither is given', 'claude-sonnet-5-5', {}, undefined, { maxTokens: 4096 }, []],
    ['A25 an explicit value is kept (vector 22)', 'claude-sonnet-4-5', { max_tokens: 1000 }, undefined, { maxTokens: 1000 }, []],
    ['A25 max_completion_tokens wins over max_tokens', 'claude-sonnet-5-5', { max_tokens: 1000, max_completion_tokens: 2000 }, undefined, { maxTokens: 2000 }, []],
    ['A25 clamped to the model maximum with a warning', 'claude-opus-4-1', { max_completion_tokens: 50_000 }, undefined, { maxTokens: 32_000 }, ["max_completion_tokens 50000 is above claude-opus-4-1's maximum output; sent 32000."]],
    ['A25 an unknown model: default 4096, no clamp', 'claude-next-9', { max_tokens: 500_000 }, undefined, { maxTokens: 500_000 }, []],
    ['A26 no caller max with a budget → budget + default', 'claude-sonnet-4-5', {}, 2048, { maxTokens: 6144, budget: 2048 }, []],
    ['A26 budget + default is clamped to the model maximum', 'claude-opus-4-1', {}, 30_000, { maxTokens: 32_000, budget: 30_000 }, []],
    ['A26 the caller max is the total: a budget below it is kept', 'claude-sonnet-4-5', { max_tokens: 20_000 }, 4096, { maxTokens: 20_000, budget: 4096 }, []],
    [
      'A26 a budget at or above the caller max is clamped below it',
      'claude-sonnet-4-5',
      { max_tokens: 3000 },
      4096,
      { maxTokens: 3000, budget: 2999 },
      ['The thinking budget 4096 was lowered to 2999 to stay below max_tokens 3000, which counts thinking too.'],
    ],
  ])('%s', (_name, id, extra, budget, expected, expectedWarnings) => {
    const warnings: string[] = [];
    expect(resolveMaxTokens(ask(extra), model(id), budget, warnings)).toEqual(expected);
    expect(warnings).toEqual(expectedWarnings);
  });

  it('A26 400 when the clamped budget would fall below 1024', () => {
    expectInvalidRequest(() => resolveMaxTokens(ask({ max_completion_tokens: 1000 }), model('claude-sonnet-4-5'), 2048, []), 'max_completion_tokens', /1024/);
  });
});
