import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './create-memory-store';
import { GATEWAY_TOKEN_ACCOUNT, getOrCreateGatewayToken, rotateGatewayToken } from './gateway-token';

const TOKEN_SHAPE = /^duet-[A-Za-z0-9_-]{43}$/;

describe('gateway token', () => {
  it('is created once, stored under "gateway-token", and then reused', async () => {
    const store = createMemoryStore();
    const token = await getOrCreateGatewayToken(store);
    expect(token).toMatch(TOKEN_SHAPE);
    expect(await store.get(GATEWAY_TOKEN_ACCOUNT)).toBe(token);
    expect(await getOrCreateGatewayToken(store)).toBe(token);
  });

  it('gives concurrent first callers the same token', async () => {
    const store = createMemoryStore();
    const [a, b, c] = await Promise.all([getOrCreateGatewayToken(store), getOrCreateGatewayToken(store), getOrCreateGatewayToken(store)]);
    expect(new Set([a, b, c]).size).toBe(1);
    expect(await store.get(GATEWAY_TOKEN_ACCOUNT)).toBe(a);
  });

  it('rotates to a new stored token', async () => {
    const store = createMemoryStore();
    const first = await getOrCreateGatewayToken(store);
    const second = await rotateGatewayToken(store);
    expect(second).toMatch(TOKEN_SHAPE);
    expect(second).not.toBe(first);
    expect(await getOrCreateGatewayToken(store)).toBe(second);
  });

  it('replaces a stored value of the wrong shape', async () => {
    const store = createMemoryStore();
    await store.set(GATEWAY_TOKEN_ACCOUNT, 'not a token');
    const token = await getOrCreateGatewayToken(store);
    expect(token).toMatch(TOKEN_SHAPE);
    expect(await store.get(GATEWAY_TOKEN_ACCOUNT)).toBe(token);
  });

  it('is different in every store', async () => {
    expect(await getOrCreateGatewayToken(createMemoryStore())).not.toBe(await getOrCreateGatewayToken(createMemoryStore()));
  });
});
