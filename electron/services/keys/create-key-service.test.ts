import { describe, expect, it } from 'vitest';
import { createKeyService } from './create-key-service';
import { createMemoryStore } from './create-memory-store';
import { InvalidKeyError, InvalidProviderError } from './errors';
import type { SecretStore } from './types';

const STORED = 'sk-ant-stored-0123456789STOR';
const FROM_ENV = 'sk-ant-env-0123456789ENVV';
const CALLER = 'sk-ant-caller-0123456789CALL';

/** A memory store that reports itself as the keychain, to exercise the keychain branch without one. */
function fakeKeychain(): SecretStore {
  return { ...createMemoryStore(), kind: 'keychain' };
}

describe('createKeyService', () => {
  it('resolves the caller\'s key, then the stored key, then the environment', async () => {
    const keys = createKeyService({ keychain: fakeKeychain(), env: { ANTHROPIC_API_KEY: ` ${FROM_ENV} ` } });
    expect(await keys.resolve('anthropic')).toEqual({ key: FROM_ENV, source: 'env' });
    await keys.set('anthropic', STORED);
    expect(await keys.resolve('anthropic')).toEqual({ key: STORED, source: 'keychain' });
    expect(await keys.resolve('anthropic', ` ${CALLER} `)).toEqual({ key: CALLER, source: 'caller' });
    expect(await keys.resolve('anthropic', '  ')).toEqual({ key: STORED, source: 'keychain' });
    await keys.remove('anthropic');
    expect(await keys.resolve('anthropic')).toEqual({ key: FROM_ENV, source: 'env' });
  });

  it('returns nothing when no source has a key (an empty variable counts as unset)', async () => {
    const keys = createKeyService({ keychain: fakeKeychain(), env: { ANTHROPIC_API_KEY: '  ' } });
    expect(await keys.resolve('anthropic')).toBeUndefined();
    expect(await keys.status('anthropic')).toEqual({ provider: 'anthropic', configured: false });
  });

  it('reads each provider\'s own variable', async () => {
    const env = { OPENAI_API_KEY: 'sk-openai-0123456789OPEN', DUET_OPEN_ROUTER_API_KEY: 'sk-or-0123456789ROUT', ANTHROPIC_API_KEY: FROM_ENV };
    const keys = createKeyService({ keychain: fakeKeychain(), env });
    expect(await keys.resolve('openai')).toEqual({ key: env.OPENAI_API_KEY, source: 'env' });
    expect(await keys.resolve('open-router')).toEqual({ key: env.DUET_OPEN_ROUTER_API_KEY, source: 'env' });
    expect(await keys.resolve('groq')).toBeUndefined();
  });

  it('reports status with a hint and a source, never the key', async () => {
    const keys = createKeyService({ keychain: fakeKeychain(), env: { ANTHROPIC_API_KEY: FROM_ENV } });
    expect(await keys.status('anthropic')).toEqual({ provider: 'anthropic', configured: true, hint: '…ENVV', source: 'env' });
    const afterSet = await keys.set('anthropic', `  ${STORED}\n`);
    expect(afterSet).toEqual({ provider: 'anthropic', configured: true, hint: '…STOR', source: 'keychain' });
    expect(await keys.status('anthropic')).toEqual(afterSet);
    expect(await keys.set('anthropic', 'short-key')).toEqual({ provider: 'anthropic', configured: true, hint: '…', source: 'keychain' });
    expect(JSON.stringify(await keys.status('anthropic'))).not.toContain('short-key');
    expect(await keys.remove('anthropic')).toEqual({ provider: 'anthropic', configured: true, hint: '…ENVV', source: 'env' });
  });

  it('stores keys under "api-key:<provider>", trimmed, one entry per provider', async () => {
    const keychain = fakeKeychain();
    const keys = createKeyService({ keychain, env: {} });
    await keys.set('anthropic', ` ${STORED} `);
    await keys.set('openrouter', 'sk-or-0123456789ROUT');
    await keys.set('anthropic', 'sk-ant-replaced-0123456789');
    expect(await keychain.get('api-key:anthropic')).toBe('sk-ant-replaced-0123456789');
    expect(await keychain.get('api-key:openrouter')).toBe('sk-or-0123456789ROUT');
    expect(keys.store).toBe(keychain);
    expect(keys.keychain).toEqual({ available: true });
  });

  it('keeps keys for the session when there is no keychain, and says why', async () => {
    const session = createMemoryStore();
    const reason = 'No D-Bus session is running.';
    const keys = createKeyService({ keychain: undefined, keychainUnavailableReason: reason, session, env: { ANTHROPIC_API_KEY: FROM_ENV } });
    expect(keys.keychain).toEqual({ available: false, reason });
    expect(keys.store).toBe(session);
    expect(await keys.set('anthropic', STORED)).toMatchObject({ source: 'session', hint: '…STOR' });
    expect(await session.get('api-key:anthropic')).toBe(STORED);
    expect(await keys.resolve('anthropic')).toEqual({ key: STORED, source: 'session' });
    expect(await keys.remove('anthropic')).toMatchObject({ source: 'env' });
  });

  it('has a default reason and session store of its own', async () => {
    const keys = createKeyService({ keychain: undefined, env: {} });
    expect(keys.keychain.available).toBe(false);
    expect(keys.keychain.reason).toMatch(/session only/);
    expect(keys.store.kind).toBe('memory');
  });

  it('refuses invalid keys and provider ids without storing or quoting anything', async () => {
    const keychain = fakeKeychain();
    const keys = createKeyService({ keychain, env: {} });
    const secret = 'sk-ant-SeCrEt 0123456789';
    const error = (await keys.set('anthropic', secret).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(InvalidKeyError);
    expect(error.message).not.toContain('SeCrEt');
    expect(await keychain.get('api-key:anthropic')).toBeUndefined();
    await expect(keys.set('anthropic', '   ')).rejects.toThrow(InvalidKeyError);
    for (const call of [() => keys.set('Bad Id', STORED), () => keys.status('a/b'), () => keys.remove(''), () => keys.resolve('x y', CALLER)]) {
      await expect(call()).rejects.toThrow(InvalidProviderError);
    }
  });

  it('serves the gateway core as a KeySource with the resolved key', async () => {
    const keys = createKeyService({ keychain: fakeKeychain(), env: { OPENAI_API_KEY: 'sk-openai-0123456789OPEN' } });
    await keys.set('anthropic', STORED);
    const source = keys.asKeySource();
    expect(await source.get('anthropic')).toBe(STORED);
    expect(await source.get('openai')).toBe('sk-openai-0123456789OPEN');
    expect(await source.get('groq')).toBeUndefined();
  });

  it('reads the keychain afresh each time, so a key set elsewhere shows up', async () => {
    const keychain = fakeKeychain();
    const keys = createKeyService({ keychain, env: {} });
    await keychain.set('api-key:anthropic', STORED);
    expect(await keys.status('anthropic')).toMatchObject({ configured: true, source: 'keychain' });
  });
});
