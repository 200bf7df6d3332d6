import { createMemoryStore } from './create-memory-store';
import { keyHint } from './key-hint';
import { assertProviderId, keyAccount, keyEnvVarName } from './key-names';
import type { KeyProvider, KeySourceKind, KeyStatus, SecretStore } from './types';
import { validateKey } from './validate-key';

export interface ResolvedKey {
  key: string;
  source: KeySourceKind | 'caller';
}

export interface KeyService {
  /** Caller's key → keychain (or the session store when there is no keychain) → environment. */
  resolve(provider: KeyProvider, callerKey?: string): Promise<ResolvedKey | undefined>;
  status(provider: KeyProvider): Promise<KeyStatus>;
  /** Validates and stores the key: in the keychain, or the session store when the keychain is unavailable. */
  set(provider: KeyProvider, key: string): Promise<KeyStatus>;
  /** Forgets the stored key. A key from the environment still applies afterwards (the status says so). */
  remove(provider: KeyProvider): Promise<KeyStatus>;
  readonly keychain: { available: boolean; reason?: string };
  /** Where keys are kept now: the keychain, or the session store. Also the home of the gateway token. */
  readonly store: SecretStore;
  /** For the gateway core: `{ get(provider) }` returning the resolved key (no caller key). */
  asKeySource(): { get(provider: string): Promise<string | undefined> };
}

export interface KeyServiceOptions {
  /** The store from `openKeychain`, or undefined when it said no. */
  keychain: SecretStore | undefined;
  /** `openKeychain`'s reason, shown in settings next to "session only". */
  keychainUnavailableReason?: string;
  env?: Record<string, string | undefined>;
  /** Used only without a keychain; a fresh memory store by default. */
  session?: SecretStore;
}

const NO_KEYCHAIN = 'The OS keychain is not in use, so keys are kept for this session only.';

/**
 * Provider keys for the whole app. Keys never leave through `status` (only a
 * hint), and errors never quote them. Without a keychain, keys live in memory
 * for this session: never in a file, never under home-made encryption.
 */
export function createKeyService(options: KeyServiceOptions): KeyService {
  const env = options.env ?? process.env;
  const store = options.keychain ?? options.session ?? createMemoryStore();
  const storedSource: KeySourceKind = options.keychain ? 'keychain' : 'session';
  const keychain = options.keychain ? { available: true } : { available: false, reason: options.keychainUnavailableReason ?? NO_KEYCHAIN };

  const fromEnv = (provider: KeyProvider) => env[keyEnvVarName(provider)]?.trim() || undefined;

  async function lookUp(provider: KeyProvider): Promise<{ key: string; source: KeySourceKind } | undefined> {
    const stored = await store.get(keyAccount(provider));
    if (stored) return { key: stored, source: storedSource };
    const environment = fromEnv(provider);
    return environment ? { key: environment, source: 'env' } : undefined;
  }

  const statusOf = (provider: KeyProvider, found: { key: string; source: KeySourceKind } | undefined): KeyStatus =>
    found ? { provider, configured: true, hint: keyHint(found.key), source: found.source } : { provider, configured: false };

  const service: KeyService = {
    keychain,
    store,
    async resolve(provider, callerKey) {
      assertProviderId(provider);
      const own = callerKey?.trim();
      if (own) return { key: own, source: 'caller' };
      return lookUp(provider);
    },
    async status(provider) {
      return statusOf(provider, await lookUp(provider));
    },
    async set(provider, key) {
      const account = keyAccount(provider);
      const valid = validateKey(key);
      await store.set(account, valid);
      return statusOf(provider, { key: valid, source: storedSource });
    },
    async remove(provider) {
      await store.delete(keyAccount(provider));
      return service.status(provider);
    },
    asKeySource() {
      return { get: async (provider) => (await service.resolve(provider))?.key };
    },
  };
  return service;
}
