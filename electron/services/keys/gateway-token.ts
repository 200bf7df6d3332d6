import { randomBytes } from 'node:crypto';
import type { SecretStore } from './types';

/** The account the local gateway's bearer token is stored under, next to the provider keys. */
export const GATEWAY_TOKEN_ACCOUNT = 'gateway-token';

/** "duet-" + 32 random bytes in base64url: recognisable in a config file, unguessable, header-safe. */
const TOKEN_SHAPE = /^duet-[A-Za-z0-9_-]{43}$/;

// One creation per store at a time: two windows asking at startup must get the same token.
const pending = new WeakMap<SecretStore, Promise<string>>();

/** The stored gateway token, or a new one stored now. A stored value of any other shape is replaced. */
export function getOrCreateGatewayToken(store: SecretStore): Promise<string> {
  const inFlight = pending.get(store);
  if (inFlight) return inFlight;
  const created = (async () => {
    const stored = await store.get(GATEWAY_TOKEN_ACCOUNT);
    if (stored && TOKEN_SHAPE.test(stored)) return stored;
    return rotateGatewayToken(store);
  })().finally(() => pending.delete(store));
  pending.set(store, created);
  return created;
}

/** A new token, stored; the old one stops working for clients that read it before. */
export async function rotateGatewayToken(store: SecretStore): Promise<string> {
  const token = `duet-${randomBytes(32).toString('base64url')}`;
  await store.set(GATEWAY_TOKEN_ACCOUNT, token);
  return token;
}
