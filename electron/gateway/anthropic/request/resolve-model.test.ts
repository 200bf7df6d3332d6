import { describe, expect, it } from 'vitest';
import { CATALOG_CHECKED_ON } from '../../../../shared/models/catalog';
import { resolveModel } from './resolve-model';

describe('resolveModel', () => {
  it.each([
    ['claude-sonnet-5-5', 'claude-sonnet-5-5', 'claude-sonnet-5-5'],
    ['anthropic/claude-opus-5-5', 'claude-opus-5-5', 'claude-opus-5-5'],
    ['claude-haiku-4-5-20251001', 'claude-haiku-4-5-20251001', 'claude-haiku-4-5'],
    ['anthropic/claude-fable-5-2-20261109', 'claude-fable-5-2-20261109', 'claude-fable-5-2'],
  ])('%s → sends %s, capabilities of %s', (requested, sent, catalogId) => {
    const warnings: string[] = [];
    const resolved = resolveModel(requested, warnings);
    expect(resolved).toMatchObject({ id: sent, known: true, info: { id: catalogId } });
    expect(warnings).toEqual([]);
  });

  it('assumes the newest family for an unknown claude-* id, with a warning', () => {
    const warnings: string[] = [];
    const resolved = resolveModel('claude-sonnet-6', warnings);
    expect(resolved).toMatchObject({ id: 'claude-sonnet-6', known: false, info: { thinking: 'adaptive', structuredOutputs: true, prefill: false } });
    expect(warnings).toEqual([
      `Model "claude-sonnet-6" is not in Duet's catalog (checked ${CATALOG_CHECKED_ON}); it was treated as a newest-generation Claude model (adaptive thinking, structured outputs, no prefill).`,
    ]);
  });
});
