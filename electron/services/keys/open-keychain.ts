import { randomBytes } from 'node:crypto';
import { describeKeychainLoadError, KEYCHAIN_REASONS } from './describe-keychain-error';
import { KeychainError } from './errors';
import { createKeychainStore, toKeychainError, type KeyringModule } from './keychain-store';
import type { SecretStore } from './types';

export type OpenKeychainResult = { ok: true; store: SecretStore } | { ok: false; reason: string; detail: string };

export interface OpenKeychainOptions {
  /** The keychain "service" every entry is filed under. Tests use a unique one. */
  service?: string;
}

export const DEFAULT_KEYCHAIN_SERVICE = 'duet';

/**
 * Opens the OS keychain and proves it works with a real write, read and delete
 * of a throwaway entry, or says why not in a sentence for the user. A keychain
 * that only fails later (on the first saved key) would be a worse surprise.
 * Never throws.
 */
export async function openKeychain(options: OpenKeychainOptions = {}): Promise<OpenKeychainResult> {
  let keyring: KeyringModule;
  try {
    // Loaded here rather than at the top so a missing or incompatible native
    // binary becomes a reason, not a crash of whoever imports this module.
    keyring = await import('@napi-rs/keyring');
  } catch (error) {
    return { ok: false, reason: describeKeychainLoadError(error), detail: String(error) };
  }
  const store = createKeychainStore(keyring, options.service ?? DEFAULT_KEYCHAIN_SERVICE);
  try {
    await probe(store);
    return { ok: true, store };
  } catch (error) {
    const failure = error instanceof KeychainError ? error : toKeychainError(error);
    return { ok: false, reason: failure.message, detail: failure.detail };
  }
}

async function probe(store: SecretStore): Promise<void> {
  const account = `probe-${randomBytes(8).toString('hex')}`;
  const value = randomBytes(16).toString('base64url');
  await store.set(account, value);
  let failure: unknown;
  try {
    const readBack = await store.get(account);
    if (readBack !== value) failure = new KeychainError(KEYCHAIN_REASONS.mismatch, 'The probe entry read back differently.');
  } catch (error) {
    failure = error;
  }
  // Leave nothing behind, even after a failed read; the first failure is the one to report.
  try {
    await store.delete(account);
  } catch (error) {
    failure ??= error;
  }
  if (failure !== undefined) throw failure;
}
