/** The add-provider form's fields, presets and checks (pure, so they are unit tested). */
export interface ProviderDraft {
  id: string;
  name: string;
  baseURL: string;
  key: string;
}

export const EMPTY_DRAFT: ProviderDraft = { id: '', name: '', baseURL: '', key: '' };

export interface ProviderPreset {
  id: string;
  name: string;
  baseURL: string;
  /** A sentence about the key this provider needs. */
  keyNote: string;
}

export const PROVIDER_PRESETS: readonly ProviderPreset[] = [
  { id: 'openai', name: 'OpenAI', baseURL: 'https://api.openai.com/v1', keyNote: 'Needs an OpenAI key (or OPENAI_API_KEY in the environment).' },
  { id: 'ollama', name: 'Ollama', baseURL: 'http://localhost:11434/v1', keyNote: 'Ollama runs on this computer and needs no key.' },
  { id: 'openrouter', name: 'OpenRouter', baseURL: 'https://openrouter.ai/api/v1', keyNote: 'Needs an OpenRouter key.' },
];

export type ProviderField = keyof ProviderDraft;
export type ProviderErrors = Partial<Record<ProviderField, string>>;

const PROVIDER_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** The host checks the same rules; checking here first keeps the message beside the field. */
export function checkProviderDraft(draft: ProviderDraft): ProviderErrors {
  const errors: ProviderErrors = {};
  const id = draft.id.trim();
  if (id === '') errors.id = 'Enter an id, e.g. openrouter.';
  else if (id === 'anthropic') errors.id = 'Anthropic is built in: set its key above.';
  else if (!PROVIDER_ID.test(id)) errors.id = 'Use 1–64 lowercase letters, digits, ".", "_" or "-", starting with a letter or digit.';
  if (draft.name.trim() === '') errors.name = 'Enter a name, e.g. OpenRouter.';
  else if (draft.name.trim().length > 60) errors.name = 'Keep the name to 60 characters.';
  if (!isHttpUrl(draft.baseURL.trim())) errors.baseURL = 'Enter a full http:// or https:// URL, e.g. http://localhost:11434/v1.';
  if (/\s/.test(draft.key.trim())) errors.key = 'A key has no spaces inside: check what was pasted.';
  return errors;
}

function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}
