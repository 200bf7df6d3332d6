import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentialOf, startFakeAnthropic, type FakeAnthropic } from '../../e2e/fake-anthropic/server';

const ROOT = resolve(import.meta.dirname, '../..');
let fake: FakeAnthropic;

beforeAll(async () => {
  fake = await startFakeAnthropic();
});
afterAll(() => fake.close());

/** Starts bin/duet-gateway.mjs as a user would, and reads what it prints. */
function startCli(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['bin/duet-gateway.mjs', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  });
  let output = '';
  const printed = new Promise<string>((resolvePrinted, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), 15_000);
    const onData = (data: Buffer) => {
      output += data.toString();
      if (/Try: curl/.test(output)) {
        clearTimeout(timer);
        resolvePrinted(output);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  return { child, printed, exited, output: () => output };
}

describe('duet-gateway CLI', () => {
  it('starts under plain Node, prints how to authenticate, serves the openai client and shuts down on SIGTERM', async () => {
    const cli = startCli(['--port', '0'], { ANTHROPIC_BASE_URL: fake.url, ANTHROPIC_API_KEY: 'sk-ant-cli-test-9876', DUET_GATEWAY_TOKEN: 'cli-token-123' });
    const printed = await cli.printed;
    const url = /listening at (http:\/\/\S+)\/v1/.exec(printed)?.[1];
    expect(url).toBeDefined();
    expect(printed).toContain('Authorization: Bearer $DUET_GATEWAY_TOKEN');
    expect(printed).toContain('…9876');
    expect(printed).not.toContain('sk-ant-cli-test-9876');

    const client = new OpenAI({ apiKey: 'cli-token-123', baseURL: `${url}/v1`, maxRetries: 0 });
    const completion = await client.chat.completions.create({ model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: 'via the CLI' }] });
    expect(completion.choices[0]?.message.content).toContain('via the CLI');

    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('makes a token for the session when none is set, and rejects a bad port clearly', async () => {
    const cli = startCli(['--port', '0'], { ANTHROPIC_BASE_URL: fake.url });
    const printed = await cli.printed;
    expect(printed).toMatch(/Authorization: Bearer duet-[A-Za-z0-9_-]{20,}/);
    expect(printed).toContain('callers must send their own key');
    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(0);

    const bad = startCli(['--port', 'eighty'], {});
    expect(await bad.exited).toBe(2);
    expect(bad.output()).toContain('--port must be a number');
  });
});

/** Runs a one-shot subcommand with stdin text, inside whatever keychain the test session has. */
function runOnce(args: string[], env: Record<string, string>, stdin = ''): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['bin/duet-gateway.mjs', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DBUS_SESSION_BUS_ADDRESS: process.env.DBUS_SESSION_BUS_ADDRESS ?? '', ...env },
  });
  let out = '';
  child.stdout.on('data', (data: Buffer) => (out += data.toString()));
  child.stderr.on('data', (data: Buffer) => (out += data.toString()));
  child.stdin.end(stdin);
  return new Promise((resolveRun) => child.once('exit', (code) => resolveRun({ code, out })));
}

// Needs a real Secret Service: npm test provides one (dbus-run-session + gnome-keyring) when the machine has them.
describe.skipIf(!process.env.DUET_SECRET_SERVICE)('duet-gateway keys and token, in the OS keychain', () => {
  const env = { DUET_KEYCHAIN_SERVICE: `duet-cli-test-${process.pid}` };

  it('sets a key from stdin, lists only its hint, serves with it, and removes it', async () => {
    const set = await runOnce(['keys', 'set', 'anthropic'], env, 'sk-ant-from-the-keychain-5678\n');
    expect(set.code).toBe(0);
    expect(set.out).toContain('…5678');
    expect(set.out).not.toContain('sk-ant-from-the-keychain');

    const list = await runOnce(['keys', 'list'], env);
    expect(list.out).toMatch(/anthropic\s+…5678\s+from the OS keychain/);
    expect(list.out).not.toContain('sk-ant-from-the-keychain');

    const token = (await runOnce(['token'], env)).out.trim();
    expect(token).toMatch(/^duet-/);
    const cli = startCli(['--port', '0'], { ...env, DBUS_SESSION_BUS_ADDRESS: process.env.DBUS_SESSION_BUS_ADDRESS ?? '', ANTHROPIC_BASE_URL: fake.url });
    const url = /listening at (http:\/\/\S+)\/v1/.exec(await cli.printed)?.[1];
    const client = new OpenAI({ apiKey: token, baseURL: `${url}/v1`, maxRetries: 0 });
    await client.chat.completions.create({ model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: 'keychain key' }] });
    expect(fake.requests.at(-1) && credentialOf(fake.requests.at(-1)!)).toBe('sk-ant-from-the-keychain-5678');
    cli.child.kill('SIGTERM');
    await cli.exited;

    const rotated = (await runOnce(['token', '--rotate'], env)).out.trim();
    expect(rotated).not.toBe(token);
    expect((await runOnce(['keys', 'remove', 'anthropic'], env)).code).toBe(0);
    expect((await runOnce(['keys', 'list'], env)).out).toMatch(/anthropic\s+not set/);
  });
});
