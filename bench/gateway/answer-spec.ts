/**
 * What the fake upstream should answer: `deltas` text deltas, each carrying `text`.
 * The spec travels inside the prompt, so it reaches the upstream through any gateway
 * (gateways do not forward unknown headers); the upstream also honours headers for direct use.
 */

export interface AnswerSpec {
  /** Number of content_block_delta text_delta events. */
  deltas: number;
  /** The text of every delta; the full answer is `text.repeat(deltas)`. */
  text: string;
}

const PROMPT_PREFIX = 'bench?';

export const SPEC_HEADERS = { deltas: 'x-bench-deltas', text: 'x-bench-text' } as const;

/** The user prompt that asks the fake upstream for this answer. */
export function promptFor(spec: AnswerSpec): string {
  return PROMPT_PREFIX + new URLSearchParams({ deltas: String(spec.deltas), text: spec.text }).toString();
}

/** Reads a spec back from a prompt; undefined when the prompt carries none. */
export function specFromPrompt(prompt: string): AnswerSpec | undefined {
  const start = prompt.indexOf(PROMPT_PREFIX);
  if (start < 0) return undefined;
  const params = new URLSearchParams(prompt.slice(start + PROMPT_PREFIX.length).trim());
  return specFromStrings(params.get('deltas'), params.get('text'));
}

export function specFromStrings(deltas: string | null | undefined, text: string | null | undefined): AnswerSpec | undefined {
  if (deltas == null || text == null) return undefined;
  const count = Number(deltas);
  if (!Number.isInteger(count) || count < 0) return undefined;
  return { deltas: count, text };
}

export function expectedText(spec: AnswerSpec): string {
  return spec.text.repeat(spec.deltas);
}
