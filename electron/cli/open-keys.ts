import { createKeyService, openKeychain, type KeyService } from '../services/keys';

/** The same key store the app uses, so a key set here is the app's key too. */
export async function openKeys(env: Record<string, string | undefined> = process.env): Promise<KeyService> {
  const keychain = await openKeychain(env.DUET_KEYCHAIN_SERVICE ? { service: env.DUET_KEYCHAIN_SERVICE } : {});
  return createKeyService({
    keychain: keychain.ok ? keychain.store : undefined,
    ...(keychain.ok ? {} : { keychainUnavailableReason: keychain.reason }),
    env,
  });
}
