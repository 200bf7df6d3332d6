import { describe, expect, it } from 'vitest';
import { KEYCHAIN_REASONS } from './describe-keychain-error';
import { KeychainError } from './errors';
import { createKeychainStore, type KeyringModule } from './keychain-store';

/** A stand-in for @napi-rs/keyring whose every entry fails the way the real one does. */
function failingKeyring(failure: (secret?: string) => Error, where: 'constructor' | 'call'): KeyringModule {
  class FailingEntry {
    constructor() {
      if (where === 'constructor') throw failure();
    }
    async getPassword(): Promise<string | null> {
      throw failure();
    }
    async setPassword(secret: string): Promise<void> {
      throw failure(secret);
    }
    async deleteCredential(): Promise<boolean> {
      throw failure();
    }
  }
  return { AsyncEntry: FailingEntry as unknown as KeyringModule['AsyncEntry'] };
}

describe('createKeychainStore', () => {
  it('turns a constructor that throws synchronously (no bus) into a rejected KeychainError', async () => {
    const bus = new Error('Platform failure: DBus error: Failed to connect to socket /nonexistent: No such file or directory');
    const store = createKeychainStore(failingKeyring(() => bus, 'constructor'), 'duet-test');
    for (const call of [() => store.get('a'), () => store.set('a', 'secret'), () => store.delete('a')]) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(KeychainError);
      expect(error).toMatchObject({ message: KEYCHAIN_REASONS.noBus, detail: bus.message });
    }
  });

  it('never lets a library message carry the secret into the error', async () => {
    const secret = 'sk-ant-api03-SeCrEt0123456789';
    const store = createKeychainStore(failingKeyring((value) => new Error(`Platform failure: could not store ${value ?? ''}`), 'call'), 'duet-test');
    const error = (await store.set('api-key:anthropic', secret).catch((e: unknown) => e)) as KeychainError;
    expect(error).toBeInstanceOf(KeychainError);
    expect(error.message).not.toContain(secret);
    expect(error.detail).not.toContain(secret);
    expect(error.detail).toContain('[redacted]');
  });
});
