import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../chat/request-schema';
import { findModel } from '../models/catalog';
import { cacheBreakpoints } from './cache-rules';
import { lintRequest } from './lint-request';

const sonnet45 = findModel('claude-sonnet-4-5'); // caches from 1,024 tokens
const ephemeral = { type: 'ephemeral' } as const;
const text = (chars: number) => 'x'.repeat(chars);

function request(fields: Partial<ChatRequest>): ChatRequest {
  return { model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'Hi' }], ...fields };
}

describe('cache breakpoints', () => {
  it('finds them in prompt order (tools, system, messages) with the prefix estimate', () => {
    const tool = { type: 'function' as const, function: { name: 'a', parameters: { type: 'object' } }, cache_control: ephemeral };
    const found = cacheBreakpoints(
      request({
        tools: [tool],
        messages: [
          { role: 'user', content: [{ type: 'text', text: text(400), cache_control: ephemeral }] },
          { role: 'system', content: text(800), cache_control: ephemeral },
        ],
      }),
    );
    const toolTokens = Math.round(JSON.stringify(tool).length / 4);
    expect(found).toEqual([
      { where: 'tools.0', prefixTokens: toolTokens },
      { where: 'messages.1', prefixTokens: Math.round(JSON.stringify(tool).length / 4 + 200) },
      { where: 'messages.0.content.0', prefixTokens: Math.round(JSON.stringify(tool).length / 4 + 300) },
    ]);
  });

  it('counts a function-level cache_control and attachment parts', () => {
    const found = cacheBreakpoints(
      request({
        tools: [{ type: 'function', function: { name: 'a', cache_control: ephemeral } }],
        messages: [{ role: 'user', content: [{ type: 'duet_attachment', attachment: { id: 'f'.repeat(64), name: 'a.pdf' }, cache_control: ephemeral } as never] }],
      }),
      [{ id: 'f'.repeat(64), name: 'a.pdf', mime: 'application/pdf', size: 10, pages: 2 }],
    );
    expect(found.map((breakpoint) => breakpoint.where)).toEqual(['tools.0', 'messages.0.content.0']);
    expect(found[1]?.prefixTokens).toBeGreaterThanOrEqual(3000);
  });

  it.each([
    [4, []],
    [5, ['error:cache-too-many-breakpoints']],
  ])('%i breakpoints', (count, expected) => {
    const messages: ChatRequest['messages'] = [{ role: 'user', content: Array.from({ length: count }, () => ({ type: 'text' as const, text: text(8000), cache_control: ephemeral })) }];
    expect(lintRequest(request({ messages }), { model: sonnet45 }).map((issue) => `${issue.severity}:${issue.code}`)).toEqual(expected);
  });

  it.each([
    ['a prefix just below the minimum', 4092, ['warning:cache-prefix-too-short']],
    ['a prefix at the minimum', 4096, []],
  ])('%s', (_label, chars, expected) => {
    const messages: ChatRequest['messages'] = [{ role: 'user', content: text(chars), cache_control: ephemeral }];
    const issues = lintRequest(request({ messages }), { model: sonnet45 });
    expect(issues.map((issue) => `${issue.severity}:${issue.code}`)).toEqual(expected);
  });

  it('explains a too-short prefix with the estimate and the minimum', () => {
    const [issue] = lintRequest(request({ messages: [{ role: 'system', content: text(400), cache_control: ephemeral }, { role: 'user', content: 'Hi' }] }), { model: sonnet45 });
    expect(issue?.message).toBe('The prefix cached at messages.0 is about 100 tokens; Claude Sonnet 4.5 caches only from 1,024, so it will not be cached.');
  });

  it('does not judge the prefix length of an unknown model', () => {
    expect(lintRequest(request({ messages: [{ role: 'user', content: 'Hi', cache_control: ephemeral }] }), {})).toEqual([]);
  });
});
