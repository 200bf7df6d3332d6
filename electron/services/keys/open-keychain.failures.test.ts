import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYCHAIN_REASONS } from './describe-keychain-error';

/**
 * The keychain failing for real: `openKeychain` runs in a child process (the
 * native library reads the bus address once per process) whose environment is
 * built from scratch, so it never reaches the developer's own keyring.
 */

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../..');
const child = join(import.meta.dirname, '__fixtures__/open-keychain-child.ts');
const ENV_KEY = 'sk-ant-env-fake-0123456789ABCD';
const has = (program: string) => spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;

// A session bus whose config lists no service directories, so nothing can be activated as org.freedesktop.secrets.
const BARE_BUS_CONFIG = `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy>
</busconfig>`;

interface ChildReport {
  opened: { ok: boolean; reason?: string; detail?: string };
  keychain?: { available: boolean; reason?: string };
  storeKind?: string;
  before?: unknown;
  afterSet?: unknown;
  resolved?: unknown;
  afterRemove?: unknown;
  resolvedAfterRemove?: unknown;
}

let home: string;

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'duet-keys-'));
  await writeFile(join(home, 'bus.conf'), BARE_BUS_CONFIG);
});
afterAll(async () => {
  await rm(home, { recursive: true, force: true });
});

/** Runs the child, optionally wrapped (`dbus-run-session -- sh -c '<setup>; exec node …'`). */
async function openInChild(env: Record<string, string>, wrap?: { busConfig?: boolean; setup?: string }): Promise<ChildReport> {
  const node = [process.execPath, '--import', 'tsx', child];
  // Fresh HOME and XDG dirs: no keyring files, and no $XDG_RUNTIME_DIR/bus to fall back on. No DISPLAY: prompts cannot open.
  const baseEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, XDG_RUNTIME_DIR: home, XDG_DATA_HOME: join(home, 'data'), ANTHROPIC_API_KEY: ENV_KEY, ...env };
  const [command, ...args] = wrap
    ? ['dbus-run-session', ...(wrap.busConfig ? [`--config-file=${join(home, 'bus.conf')}`] : []), '--', 'sh', '-c', `${wrap.setup ?? ':'}; exec "$@"`, 'sh', ...node]
    : node;
  const { stdout } = await run(command!, args, { cwd: root, env: baseEnv, timeout: 15_000 });
  return JSON.parse(stdout) as ChildReport;
}

function expectSessionFallback(report: ChildReport, reason: string): void {
  expect(report.opened).toMatchObject({ ok: false, reason });
  expect(report.keychain).toEqual({ available: false, reason });
  expect(report.storeKind).toBe('memory');
  // Before any key is set, the environment variable applies.
  expect(report.before).toEqual({ provider: 'anthropic', configured: true, hint: '…ABCD', source: 'env' });
  // A key set now lives in the session store and wins over the environment.
  expect(report.afterSet).toEqual({ provider: 'anthropic', configured: true, hint: '…WXYZ', source: 'session' });
  expect(report.resolved).toEqual({ key: 'sk-session-fake-0123456789WXYZ', source: 'session' });
  // Removed, the environment variable applies again.
  expect(report.afterRemove).toEqual({ provider: 'anthropic', configured: true, hint: '…ABCD', source: 'env' });
  expect(report.resolvedAfterRemove).toEqual({ key: ENV_KEY, source: 'env' });
}

// D-Bus and the Secret Service are Linux (and BSD) machinery; macOS and Windows keychains fail in other ways.
describe.skipIf(process.platform !== 'linux')('openKeychain without a usable keychain', () => {
  it('says there is no D-Bus session when the bus address points at nothing, and keys fall back to the session', async () => {
    const report = await openInChild({ DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent' });
    expect(report.opened.detail).toContain('Failed to connect to socket /nonexistent');
    expectSessionFallback(report, KEYCHAIN_REASONS.noBus);
  });

  it('says there is no D-Bus session when no bus address is set', async () => {
    const report = await openInChild({});
    expectSessionFallback(report, KEYCHAIN_REASONS.noBus);
  });

  // These need a private bus, and some a gnome-keyring; the project's test runner has both.
  it.skipIf(!has('dbus-run-session'))('says no Secret Service is running when the bus cannot provide org.freedesktop.secrets', async () => {
    const report = await openInChild({}, { busConfig: true });
    expect(report.opened.detail).toContain('org.freedesktop.secrets was not provided');
    expectSessionFallback(report, KEYCHAIN_REASONS.noSecretService);
  });

  it.skipIf(!has('dbus-run-session') || !has('gnome-keyring-daemon'))('says the keyring is missing or locked when gnome-keyring runs without a login keyring', async () => {
    const report = await openInChild({}, { setup: 'gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1' });
    expect(report.opened.detail).toContain('Secret Service: no result found');
    expectSessionFallback(report, KEYCHAIN_REASONS.noDefaultCollection);
  });

  it.skipIf(!has('dbus-run-session') || !has('gnome-keyring-daemon'))('says the unlock prompt was dismissed when the keyring password is wrong', async () => {
    const dataHome = join(home, 'dismissed');
    const unlock = (password: string) => `printf %s ${password} | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1`;
    // First session creates a login keyring with one password; the second unlocks it with another.
    expect((await openInChild({ XDG_DATA_HOME: dataHome }, { setup: unlock('right') })).opened).toEqual({ ok: true });
    const report = await openInChild({ XDG_DATA_HOME: dataHome }, { setup: unlock('wrong') });
    expect(report.opened.detail).toContain('unlock prompt was dismissed');
    expectSessionFallback(report, KEYCHAIN_REASONS.unlockDismissed);
  });
});
