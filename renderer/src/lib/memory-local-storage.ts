/**
 * For tests in Node: zustand's persist reads `window.localStorage`, so a Map stands in for it.
 * Importing this installs it; the Map is returned so a test can seed, read or clear what is stored.
 */
export function installMemoryLocalStorage(): Map<string, string> {
  const saved = new Map<string, string>();
  const localStorage = {
    getItem: (key: string) => saved.get(key) ?? null,
    setItem: (key: string, value: string) => saved.set(key, value),
    removeItem: (key: string) => saved.delete(key),
  };
  Object.assign(globalThis, { window: { localStorage } });
  return saved;
}
