/**
 * Run by open-keychain.failures.test.ts in a child process whose environment
 * has a broken (or no) keychain: opens it, then uses the KeyService the way a
 * host would after `ok: false`. Prints one JSON line. The keys are fakes.
 */
import { createKeyService, openKeychain } from '../index';

const SESSION_KEY = 'sk-session-fake-0123456789WXYZ';

const opened = await openKeychain({ service: `duet-test-child-${process.pid}` });
if (opened.ok) {
  process.stdout.write(JSON.stringify({ opened: { ok: true } }));
} else {
  const keys = createKeyService({ keychain: undefined, keychainUnavailableReason: opened.reason, env: process.env });
  const report = {
    opened,
    keychain: keys.keychain,
    storeKind: keys.store.kind,
    before: await keys.status('anthropic'),
    afterSet: await keys.set('anthropic', SESSION_KEY),
    resolved: await keys.resolve('anthropic'),
    afterRemove: await keys.remove('anthropic'),
    resolvedAfterRemove: await keys.resolve('anthropic'),
  };
  process.stdout.write(JSON.stringify(report));
}
