/** 'anthropic', 'openai', or the id of a custom OpenAI-compatible provider such as 'openrouter'. */
export type KeyProvider = string;

/** Where a stored key came from. The renderer sees this, never the key. */
export type KeySourceKind = 'keychain' | 'env' | 'session';

/** What the UI may know about a provider key. */
export interface KeyStatus {
  provider: KeyProvider;
  configured: boolean;
  /** "…" plus the last four characters, or "…" alone for keys shorter than 12 characters. */
  hint?: string;
  source?: KeySourceKind;
}

/** A place for secrets, one per account name: the OS keychain, or memory for session-only keys. */
export interface SecretStore {
  readonly kind: 'keychain' | 'memory';
  get(account: string): Promise<string | undefined>;
  set(account: string, secret: string): Promise<void>;
  /** True when something was deleted, false when there was nothing to delete. */
  delete(account: string): Promise<boolean>;
}
