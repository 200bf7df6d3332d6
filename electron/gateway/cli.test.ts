import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic, type FakeAnthropic } from '../../e2e/fake-anthropic/server';

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
