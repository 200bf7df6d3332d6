import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../../../shared/chat/request-schema';
import { dropUnsupportedParams } from './drop-unsupported-params';
import { expectInvalidRequest } from './expect-invalid-request';

const ask = (extra: Partial<ChatRequest>): ChatRequest => ({ model: 'm', messages: [{ role: 'user', content: 'q' }], ...extra });
const sampling = (name: string) => `${name} was dropped: the Messages API no longer accepts sampling parameters.`;
const noSuch = (name: string) => `${name} was dropped: Claude has no such parameter.`;

describe('dropUnsupportedParams', () => {
  it.each<[string, Partial<ChatRequest>, string[]]>([
    ['A27 temperature is dropped (API 2026-10-21 rejects it; supersedes the clamp rule)', { temperature: 0.7 }, [sampling('temperature')]],
    ['A27 even temperature 1 is dropped', { temperature: 1 }, [sampling('temperature')]],
    ['A28 top_p and top_k are dropped', { top_p: 0.9, top_k: 40 }, [sampling('top_p'), sampling('top_k')]],
    ['A32 penalties and seed are dropped', { presence_penalty: 0.5, frequency_penalty: 0, seed: 7 }, [noSuch('presence_penalty'), noSuch('frequency_penalty'), noSuch('seed')]],
    ['A32 logit_bias is dropped', { logit_bias: { '50256': -100 } }, [noSuch('logit_bias')]],
    ['A32 an empty logit_bias is nothing', { logit_bias: {} }, []],
    ['A31 n = 1 and logprobs false are fine', { n: 1, logprobs: false }, []],
  ])('%s', (_name, extra, expected) => {
    const warnings: string[] = [];
    dropUnsupportedParams(ask(extra), warnings);
    expect(warnings).toEqual(expected);
  });

  it.each<[string, Partial<ChatRequest>, string]>([
    ['A31 n > 1', { n: 2 }, 'n'],
    ['A32 logprobs true', { logprobs: true }, 'logprobs'],
    ['A32 top_logprobs', { top_logprobs: 3 }, 'top_logprobs'],
  ])('400 for %s', (_name, extra, param) => {
    expectInvalidRequest(() => dropUnsupportedParams(ask(extra), []), param);
  });
});
