import type { SecretStore } from './types';

/** Session-only secrets: kept in this process's memory and lost when it exits. */
export function createMemoryStore(): SecretStore {
  const secrets = new Map<string, string>();
  return {
    kind: 'memory',
    async get(account) {
      return secrets.get(account);
    },
    async set(account, secret) {
      secrets.set(account, secret);
    },
    async delete(account) {
      return secrets.delete(account);
    },
  };
}
