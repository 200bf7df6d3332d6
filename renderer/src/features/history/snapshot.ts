import type { PromptDoc } from '../compare/panes';
import type { PromptMessage } from '../pane/conversation';
import { DEFAULT_PARAMS, type PaneParams } from '../params/types';

/**
 * A pane as the renderer keeps it, recorded with each run (RunOrigin.snapshot) so Reopen brings it
 * back exactly: the template text, variable values, attachments, parameters and whether it was forked.
 */
export interface PaneSnapshot {
  version: 1;
  model: string;
  params: PaneParams;
  prompt: PromptDoc;
  forked: boolean;
}

export function snapshotText(snapshot: Omit<PaneSnapshot, 'version'>): string {
  const { model, params, prompt, forked } = snapshot;
  return JSON.stringify({ version: 1, model, params, prompt, forked } satisfies PaneSnapshot);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A message read back from JSON: the fields every role needs are there with their types. */
function isMessage(value: unknown): value is PromptMessage {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.text !== 'string') return false;
  if (value.role === 'tool') return typeof value.toolCallId === 'string' && typeof value.toolName === 'string' && typeof value.isError === 'boolean';
  return (value.role === 'user' || value.role === 'assistant') && Array.isArray(value.attachments);
}

function promptOf(value: unknown): PromptDoc | null {
  if (!isRecord(value) || typeof value.system !== 'string' || !Array.isArray(value.messages) || !value.messages.every(isMessage)) return null;
  const values = isRecord(value.values) ? Object.fromEntries(Object.entries(value.values).filter((entry): entry is [string, string] => typeof entry[1] === 'string')) : {};
  const systemCache = value.systemCache === '5m' || value.systemCache === '1h' ? value.systemCache : undefined;
  return { system: value.system, ...(systemCache ? { systemCache } : {}), messages: value.messages, values };
}

/** Known parameters of the right type; anything else (an older or newer field) falls back to its default. */
function paramsFrom(value: unknown): PaneParams {
  const params: Record<string, unknown> = { ...DEFAULT_PARAMS };
  if (!isRecord(value)) return DEFAULT_PARAMS;
  for (const [key, fallback] of Object.entries(DEFAULT_PARAMS)) {
    const given = value[key];
    const nullable = fallback === null;
    if (nullable ? given === null || typeof given === 'number' : Array.isArray(fallback) ? Array.isArray(given) && given.every((item) => typeof item === 'string') : typeof given === typeof fallback) {
      params[key] = given;
    }
  }
  return params as unknown as PaneParams;
}

/** The snapshot in a recorded run, or null when there is none or it cannot be read (Reopen then uses the request). */
export function parseSnapshot(text: string | undefined): PaneSnapshot | null {
  if (!text) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(parsed) || parsed.version !== 1 || typeof parsed.model !== 'string' || parsed.model === '') return null;
  const prompt = promptOf(parsed.prompt);
  if (!prompt) return null;
  return { version: 1, model: parsed.model, params: paramsFrom(parsed.params), prompt, forked: parsed.forked === true };
}
