import type { ChatChunk } from './chunk';

const TEXT_ONLY_DELTA_KEYS = new Set(['role', 'content', 'reasoning_content']);
const PLAIN_CHOICE_KEYS = new Set(['index', 'delta', 'finish_reason', 'logprobs']);

/**
 * Consecutive chunks that only carry text of one choice, folded into one chunk per run of them: the
 * host sends a run's chunks to the renderer this way (one object per upstream read instead of one
 * per delta, about a fifth of the JSON), and the renderer keeps them so for the Inspector's
 * assembled response. Anything else (usage, finish, tool calls, citations, thinking blocks…) is
 * kept as its own chunk, in order, so assembling the result gives the same completion.
 */
export function compactTextChunks(chunks: readonly ChatChunk[]): ChatChunk[] {
  const out: ChatChunk[] = [];
  let run: { chunk: ChatChunk; content: string[]; reasoning: string[] } | undefined;
  const close = (): void => {
    if (!run) return;
    out.push(textChunk(run.chunk, run.content.join(''), run.reasoning.join('')));
    run = undefined;
  };
  for (const chunk of chunks) {
    if (!isTextOnly(chunk)) {
      close();
      out.push(chunk);
      continue;
    }
    if (run && !sameStream(run.chunk, chunk)) close();
    run ??= { chunk, content: [], reasoning: [] };
    const { delta } = chunk.choices[0]!;
    if (delta.content) run.content.push(delta.content);
    if (delta.reasoning_content) run.reasoning.push(delta.reasoning_content);
  }
  close();
  return out;
}

/** A chunk that carries nothing but text (answer or thinking) of one choice. */
export function isTextOnly(chunk: ChatChunk): boolean {
  if (chunk.usage || chunk.choices.length !== 1) return false;
  const choice = chunk.choices[0]!;
  if (choice.finish_reason || choice.logprobs) return false;
  return onlyKeys(choice, PLAIN_CHOICE_KEYS) && onlyKeys(choice.delta, TEXT_ONLY_DELTA_KEYS);
}

/** Keys outside `allowed` may be present only without a value. */
function onlyKeys(object: object, allowed: ReadonlySet<string>): boolean {
  return Object.entries(object).every(([key, value]) => allowed.has(key) || value === undefined || value === null);
}

function sameStream(a: ChatChunk, b: ChatChunk): boolean {
  return a.id === b.id && a.model === b.model && a.choices[0]!.index === b.choices[0]!.index && a.choices[0]!.delta.role === b.choices[0]!.delta.role;
}

/** `first` with its text replaced by `content` and `reasoning` (each left out when empty). */
export function textChunk(first: ChatChunk, content: string, reasoning: string): ChatChunk {
  const choice = first.choices[0]!;
  const delta = { ...choice.delta, ...(content ? { content } : {}), ...(reasoning ? { reasoning_content: reasoning } : {}) };
  if (!content) delete delta.content;
  if (!reasoning) delete delta.reasoning_content;
  return { ...first, choices: [{ ...choice, delta }] };
}
