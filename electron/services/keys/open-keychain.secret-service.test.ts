import { randomBytes } from 'node:crypto';
import { AsyncEntry, findCredentialsAsync } from '@napi-rs/keyring';
import { afterEach, describe, expect, it } from 'vitest';
import { createKeyService } from './create-key-service';
import { GATEWAY_TOKEN_ACCOUNT, getOrCreateGatewayToken, rotateGatewayToken } from './gateway-token';
import { openKeychain } from './open-keychain';
import type { SecretStore } from './types';

/**
 * Against a REAL Secret Service. Skipped unless DUET_SECRET_SERVICE is set:
 * scripts/test.mjs sets it when it runs vitest inside dbus-run-session with a
 * freshly unlocked gnome-keyring in a temporary HOME. Anywhere else there is
 * either no keyring to talk to or the developer's own, which tests must not touch.
 * Every test uses its own service name and deletes what it wrote.
 */
describe.skipIf(!process.env.DUET_SECRET_SERVICE)('the keychain against a real Secret Service', () => {
  const opened: string[] = [];
  const LINUX = { linux: { store: 'secret-service' as const } };

  async function open(service = `duet-test-${randomBytes(6).toString('hex')}`): Promise<{ service: string; store: SecretStore }> {
    const result = await openKeychain({ service });
    if (!result.ok) throw new Error(`openKeychain failed: ${result.reason} (${result.detail})`);
    opened.push(service);
    return { service, store: result.store };
  }

  /** What the Secret Service itself holds under a service, read without our code in between. */
  async function entries(service: string): Promise<Record<string, string>> {
    return Object.fromEntries((await findCredentialsAsync(service)).map((c) => [c.account, c.password]));
  }

  afterEach(async () => {
    for (const service of opened.splice(0)) {
      for (const { account } of await findCredentialsAsync(service)) await new AsyncEntry(service, account, LINUX).deleteCredential();
      expect(await entries(service)).toEqual({});
    }
  });

  it('opens, and its probe leaves no entry behind', async () => {
    const { service, store } = await open();
    expect(store.kind).toBe('keychain');
    expect(await entries(service)).toEqual({});
  });

  it('sets, gets, replaces and deletes a secret', async () => {
    const { service, store } = await open();
    expect(await store.get('a')).toBeUndefined();
    await store.set('a', 'first-secret');
    expect(await store.get('a')).toBe('first-secret');
    await store.set('a', 'second-secret');
    expect(await store.get('a')).toBe('second-secret');
    expect(await entries(service)).toEqual({ a: 'second-secret' });
    expect(await store.delete('a')).toBe(true);
    expect(await store.delete('a')).toBe(false);
    expect(await store.get('a')).toBeUndefined();
  });

  it('keeps services apart and survives reopening', async () => {
    const first = await open();
    const other = await open();
    await first.store.set('a', 'in-first');
    expect(await other.store.get('a')).toBeUndefined();
    const reopened = await open(first.service);
    expect(await reopened.store.get('a')).toBe('in-first');
  });

  it('keeps provider keys in the keychain, with hints and sources', async () => {
    const { service, store } = await open();
    const keys = createKeyService({ keychain: store, env: {} });
    expect(keys.keychain).toEqual({ available: true });
    expect(await keys.status('anthropic')).toEqual({ provider: 'anthropic', configured: false });

    expect(await keys.set('anthropic', ' sk-ant-api03-real-0123456789x4Fq ')).toEqual({ provider: 'anthropic', configured: true, hint: '…x4Fq', source: 'keychain' });
    expect(await entries(service)).toEqual({ 'api-key:anthropic': 'sk-ant-api03-real-0123456789x4Fq' });
    expect(await keys.set('anthropic', 'sk-ant-api03-replaced-0123AbCd')).toMatchObject({ hint: '…AbCd', source: 'keychain' });
    expect(await keys.set('openrouter', 'sk-or-short')).toEqual({ provider: 'openrouter', configured: true, hint: '…', source: 'keychain' });

    // A second service over the same keychain (the next app start) sees the same keys.
    const again = createKeyService({ keychain: (await open(service)).store, env: {} });
    expect(await again.status('anthropic')).toEqual({ provider: 'anthropic', configured: true, hint: '…AbCd', source: 'keychain' });

    expect(await keys.remove('anthropic')).toEqual({ provider: 'anthropic', configured: false });
    expect(await keys.remove('openrouter')).toEqual({ provider: 'openrouter', configured: false });
    expect(await entries(service)).toEqual({});
  });

  it('resolves the caller\'s key, then the keychain, then the environment', async () => {
    const { store } = await open();
    const keys = createKeyService({ keychain: store, env: { ANTHROPIC_API_KEY: 'sk-ant-env-0123456789ENVV' } });
    expect(await keys.resolve('anthropic')).toEqual({ key: 'sk-ant-env-0123456789ENVV', source: 'env' });
    expect(await keys.status('anthropic')).toMatchObject({ source: 'env', hint: '…ENVV' });
    await keys.set('anthropic', 'sk-ant-chain-0123456789KEYC');
    expect(await keys.resolve('anthropic')).toEqual({ key: 'sk-ant-chain-0123456789KEYC', source: 'keychain' });
    expect(await keys.asKeySource().get('anthropic')).toBe('sk-ant-chain-0123456789KEYC');
    expect(await keys.resolve('anthropic', 'sk-ant-caller-0123456789CALL')).toEqual({ key: 'sk-ant-caller-0123456789CALL', source: 'caller' });
    expect(await keys.remove('anthropic')).toMatchObject({ configured: true, source: 'env' });
    expect(await keys.resolve('anthropic')).toEqual({ key: 'sk-ant-env-0123456789ENVV', source: 'env' });
  });

  it('creates, keeps and rotates the gateway token', async () => {
    const { service, store } = await open();
    const token = await getOrCreateGatewayToken(store);
    expect(token).toMatch(/^duet-[A-Za-z0-9_-]{43}$/);
    expect(await entries(service)).toEqual({ [GATEWAY_TOKEN_ACCOUNT]: token });
    expect(await getOrCreateGatewayToken((await open(service)).store)).toBe(token);
    const rotated = await rotateGatewayToken(store);
    expect(rotated).not.toBe(token);
    expect(await getOrCreateGatewayToken((await open(service)).store)).toBe(rotated);
  });
});
