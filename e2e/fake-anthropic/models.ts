/**
 * The models GET /v1/models lists: the current line-up from Anthropic's model
 * overview plus a few older ids apps still send. Dates are fixed so output is stable.
 */
export interface FakeModel {
  type: 'model';
  id: string;
  display_name: string;
  created_at: string;
  max_input_tokens: number;
  max_tokens: number;
}

const model = (id: string, display_name: string, created_at: string, max_input_tokens: number, max_tokens: number): FakeModel => ({
  type: 'model',
  id,
  display_name,
  created_at,
  max_input_tokens,
  max_tokens,
});

export const FAKE_MODELS: readonly FakeModel[] = [
  model('claude-opus-5-5', 'Claude Opus 5.5', '2026-10-01T00:00:00Z', 1_000_000, 128_000),
  model('claude-sonnet-5-5', 'Claude Sonnet 5.5', '2026-10-01T00:00:00Z', 1_000_000, 128_000),
  model('claude-fable-5-1', 'Claude Fable 5.1', '2026-08-01T00:00:00Z', 1_000_000, 128_000),
  model('claude-opus-5', 'Claude Opus 5', '2026-06-01T00:00:00Z', 1_000_000, 128_000),
  model('claude-sonnet-5', 'Claude Sonnet 5', '2026-06-01T00:00:00Z', 1_000_000, 128_000),
  model('claude-haiku-4-5', 'Claude Haiku 4.5', '2025-10-01T00:00:00Z', 200_000, 64_000),
  model('claude-sonnet-4-5', 'Claude Sonnet 4.5', '2025-09-29T00:00:00Z', 200_000, 64_000),
  model('claude-opus-4-1', 'Claude Opus 4.1', '2025-08-05T00:00:00Z', 200_000, 32_000),
  // Newer than any catalog: the app must still list it, with its capabilities unknown.
  model('claude-preview-9', 'Claude Preview 9', '2026-11-20T00:00:00Z', 1_000_000, 128_000),
];

export function modelList(): { data: FakeModel[]; has_more: false; first_id: string | null; last_id: string | null } {
  return {
    data: [...FAKE_MODELS],
    has_more: false,
    first_id: FAKE_MODELS[0]?.id ?? null,
    last_id: FAKE_MODELS.at(-1)?.id ?? null,
  };
}

export function findFakeModel(id: string): FakeModel | undefined {
  return FAKE_MODELS.find((entry) => entry.id === id);
}
