import type { AsyncEntry, EntryOptions } from '@napi-rs/keyring';
import { describeKeychainError, keychainErrorDetail } from './describe-keychain-error';
import { KeychainError } from './errors';
import type { SecretStore } from './types';

/** The part of @napi-rs/keyring this store uses, so a test or a caller can hand in the loaded module. */
export interface KeyringModule {
  AsyncEntry: new (service: string, username: string, options?: EntryOptions | null) => AsyncEntry;
}

/**
 * Linux: the Secret Service only. The library's default falls back to the kernel
 * keyutils keyring, which forgets everything at reboot: a key would look saved
 * and then vanish. Pinned, a missing Secret Service is an error we can explain.
 * Other platforms ignore this option.
 */
const ENTRY_OPTIONS: EntryOptions = { linux: { store: 'secret-service' } };

/**
 * Secrets in the OS keychain under `service`, one entry per account. Uses
 * AsyncEntry so D-Bus round trips and unlock prompts never block the event loop.
 * Failures become `KeychainError`s with a user-facing message.
 */
export function createKeychainStore(keyring: KeyringModule, service: string): SecretStore {
  // The constructor connects to D-Bus and throws synchronously when it cannot;
  // creating the entry inside each async call turns that into a rejection.
  const entry = (account: string) => new keyring.AsyncEntry(service, account, ENTRY_OPTIONS);
  return {
    kind: 'keychain',
    async get(account) {
      try {
        return (await entry(account).getPassword()) ?? undefined;
      } catch (error) {
        throw toKeychainError(error);
      }
    },
    async set(account, secret) {
      try {
        await entry(account).setPassword(secret);
      } catch (error) {
        throw toKeychainError(error, secret);
      }
    },
    async delete(account) {
      try {
        return await entry(account).deleteCredential();
      } catch (error) {
        throw toKeychainError(error);
      }
    },
  };
}

/** No known keyring message quotes the secret; the redaction makes sure a future one cannot leak it either. */
export function toKeychainError(error: unknown, secret?: string): KeychainError {
  const redact = (text: string) => (secret ? text.split(secret).join('[redacted]') : text);
  return new KeychainError(redact(describeKeychainError(error)), redact(keychainErrorDetail(error)));
}
