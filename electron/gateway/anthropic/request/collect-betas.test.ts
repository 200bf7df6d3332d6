import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../../../shared/chat/request-schema';
import { collectBetas } from './collect-betas';

describe('collectBetas (A43: merged, deduplicated, never defaulted)', () => {
  it.each<[string, ChatRequest['anthropic_beta'], string[]]>([
    ['absent → none (no default beta)', undefined, []],
    ['a single string', 'context-1m-2025-08-07', ['context-1m-2025-08-07']],
    ['a comma-separated string', 'a-2025, b-2026 ,', ['a-2025', 'b-2026']],
    ['an array, deduplicated in order', ['b', 'a', 'b', ' a '], ['b', 'a']],
  ])('%s', (_name, value, expected) => {
    expect(collectBetas(value)).toEqual(expected);
  });
});
