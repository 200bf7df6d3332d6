import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snippet, SnippetFlavour } from '../../../shared/export';
import type { RunRequest } from '../../../shared/contract';
import { startFakeAnthropic, type FakeAnthropic } from '../../../e2e/fake-anthropic/server';
import { createGateway, environmentKeys } from '../../gateway';
import { createAttachmentStore, resolveRunRequest, type AttachmentStore } from '../attachments';
import { makePdf, tinyPng } from '../attachments/test-files';
import { createExportHandlers } from './export-handlers';
import { paneRequests } from './export-snippets.fixtures';

const ROOT = resolve(import.meta.dirname, '../../..');
const KEY = 'sk-ant-export-test-4242';
const TOKEN = 'duet-export-token-0123456789';

let fake: FakeAnthropic;
let store: AttachmentStore;
let dataDir: string;
let checkDir: string;
let gatewayUrl: string;
let stopGateway: () => Promise<void>;
let requests: Record<string, RunRequest>;

beforeAll(async () => {
  fake = await startFakeAnthropic();
  dataDir = await mkdtemp(join(tmpdir(), 'duet-export-'));
  // Inside the repository, so the snippets resolve the installed SDKs.
  checkDir = await mkdtemp(join(ROOT, '.export-check-'));
  store = createAttachmentStore(join(dataDir, 'attachments'));
  const png = await store.add(tinyPng(), 'dot.png');
  const pdf = await store.add(makePdf({ pages: 2 }), 'report.pdf');
  requests = paneRequests(png, pdf);
  ({ url: gatewayUrl, stop: stopGateway } = await startDuetGateway(fake.url));
}, 30_000);

afterAll(async () => {
  await stopGateway();
  await fake.close();
  await rm(dataDir, { recursive: true, force: true });
  await rm(checkDir, { recursive: true, force: true });
});

/** bin/duet-gateway.mjs as a user starts it, on a free loopback port, in front of the fake. */
async function startDuetGateway(upstream: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['bin/duet-gateway.mjs', '--port', '0'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ANTHROPIC_BASE_URL: upstream, ANTHROPIC_API_KEY: KEY, DUET_GATEWAY_TOKEN: TOKEN },
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`duet-gateway printed no URL:\n${output}`)), 20_000);
    const onData = (data: Buffer) => {
      output += data.toString();
      const found = /listening at (http:\/\/\S+\/v1)/.exec(output)?.[1];
      if (found && /Try: curl/.test(output)) {
        clearTimeout(timer);
        resolveUrl(found);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  return { url, stop: () => (child.kill('SIGTERM'), exited) };
}

function run(command: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(command, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } });
  let output = '';
  child.stdout.on('data', (data: Buffer) => (output += data.toString()));
  child.stderr.on('data', (data: Buffer) => (output += data.toString()));
  return new Promise((resolveRun) => child.once('exit', (code) => resolveRun({ code, output })));
}

/** The body the fake receives when the app runs this request (runs.start: attachments inlined, then the gateway). */
async function appBody(request: RunRequest): Promise<unknown> {
  const gateway = createGateway({ keys: environmentKeys({ ANTHROPIC_API_KEY: KEY }), upstreams: { anthropic: { baseURL: fake.url } }, retry: { maxAttempts: 1 } });
  const stream = await gateway.streamChat(await resolveRunRequest(request, store));
  for await (const chunks of stream.chunks) void chunks;
  return lastBody();
}

const lastBody = () => fake.requests.at(-1)?.body;

async function snippetsFor(request: RunRequest, options: { stream?: boolean; attachments?: 'path' | 'inline'; variables?: Record<string, string> } = {}) {
  const handlers = createExportHandlers(store);
  const { snippets } = await handlers['export.snippets']({ request, stream: options.stream ?? true, attachments: options.attachments ?? 'path', variables: options.variables }, { emit: () => undefined });
  return Object.fromEntries(snippets.map((snippet) => [snippet.flavour, snippet])) as Record<SnippetFlavour, Snippet>;
}

async function runCurl(snippet: Snippet): Promise<unknown> {
  const before = fake.requests.length;
  const result = await run('bash', ['-c', snippet.code], { ANTHROPIC_BASE_URL: fake.url, ANTHROPIC_API_KEY: KEY, DUET_GATEWAY_URL: gatewayUrl, DUET_GATEWAY_TOKEN: TOKEN });
  expect(result.code, result.output).toBe(0);
  expect(fake.requests.length).toBe(before + 1);
  return lastBody();
}

describe('Get code: the cURL snippets send what the app sends', () => {
  it.each(['tools, tool choice, stop sequences and a 1h cache breakpoint', 'thinking budget with a beta header', 'structured output, an image and a PDF with citations', 'a prefill after a system prompt'])(
    '%s: to Anthropic and through duet-gateway, the fake gets the app\'s body',
    async (name) => {
      const request = requests[name] as RunRequest;
      const expected = await appBody(request);
      const appHeaders = fake.requests.at(-1)?.headers ?? {};
      const snippets = await snippetsFor(request);

      expect(await runCurl(snippets['anthropic-curl'])).toEqual(expected);
      const sent = fake.requests.at(-1)?.headers ?? {};
      expect(sent['anthropic-version']).toBe(appHeaders['anthropic-version']);
      expect(sent['anthropic-beta']).toBe(appHeaders['anthropic-beta']);

      expect(await runCurl(snippets['gateway-curl'])).toEqual(expected);
      expect(fake.requests.at(-1)?.headers['anthropic-beta']).toBe(appHeaders['anthropic-beta']);
    },
    20_000,
  );

  it('inlined attachments and streaming off: the same body, with stream false', async () => {
    const request = requests['structured output, an image and a PDF with citations'] as RunRequest;
    const expected = (await appBody(request)) as Record<string, unknown>;
    const snippets = await snippetsFor(request, { attachments: 'inline', stream: false });
    expect(snippets['anthropic-curl'].code).toContain(tinyPng().toString('base64'));
    expect(snippets['anthropic-curl'].notes.join(' ')).toMatch(/inlined as [\d.]+ KB of base64/);
    expect(await runCurl(snippets['anthropic-curl'])).toEqual({ ...expected, stream: false });
    expect(await runCurl(snippets['gateway-curl'])).toEqual({ ...expected, stream: false });
  }, 20_000);
});

describe('Get code: the SDK snippets', () => {
  it('the OpenAI-SDK TypeScript snippet runs against duet-gateway, and the fake gets the app\'s body', async () => {
    const request = requests['structured output, an image and a PDF with citations'] as RunRequest;
    const expected = await appBody(request);
    const file = join(checkDir, 'run-gateway.ts');
    await writeFile(file, (await snippetsFor(request))['gateway-typescript'].code);
    const before = fake.requests.length;
    const result = await run(join(ROOT, 'node_modules/.bin/tsx'), [file], { DUET_GATEWAY_URL: gatewayUrl, DUET_GATEWAY_TOKEN: TOKEN });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('Hello from the fake Anthropic');
    expect(fake.requests.length).toBe(before + 1);
    expect(lastBody()).toEqual(expected);
  }, 30_000);

  it('the Anthropic-SDK TypeScript snippet runs against the fake, with the app\'s body and beta header', async () => {
    const request = requests['thinking budget with a beta header'] as RunRequest;
    const expected = await appBody(request);
    const appBeta = fake.requests.at(-1)?.headers['anthropic-beta'];
    const file = join(checkDir, 'run-anthropic.ts');
    await writeFile(file, (await snippetsFor(request))['anthropic-typescript'].code);
    const result = await run(join(ROOT, 'node_modules/.bin/tsx'), [file], { ANTHROPIC_BASE_URL: fake.url, ANTHROPIC_API_KEY: KEY });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('Hello from the fake Anthropic');
    expect(lastBody()).toEqual(expected);
    expect(fake.requests.at(-1)?.headers['anthropic-beta']).toBe(appBeta);
  }, 30_000);

  it('every TypeScript snippet type-checks (strict) against the installed SDKs, and every Python one compiles', async () => {
    const tsFiles: string[] = [];
    const pyFiles: string[] = [];
    let index = 0;
    for (const request of Object.values(requests)) {
      const variants = [{}, { stream: false, attachments: 'inline' as const }, { variables: { persona: 'a pirate' } }];
      for (const options of variants) {
        const templated = 'variables' in options ? withPlaceholder(request) : request;
        for (const snippet of Object.values(await snippetsFor(templated, options))) {
          if (snippet.language === 'shell') continue;
          const file = join(checkDir, `snippet_${index++}.${snippet.language === 'python' ? 'py' : 'ts'}`);
          await writeFile(file, snippet.code);
          (snippet.language === 'python' ? pyFiles : tsFiles).push(file);
        }
      }
    }
    const program = ts.createProgram(tsFiles, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      esModuleInterop: true,
      skipLibCheck: true,
      types: ['node'],
    });
    const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.formatDiagnostic(diagnostic, { getCanonicalFileName: (name) => name, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' }));
    expect(problems).toEqual([]);
    const compiled = await run('python3', ['-m', 'py_compile', ...pyFiles], {});
    expect(compiled.code, compiled.output).toBe(0);
    expect(tsFiles.length).toBe(24);
    expect(pyFiles.length).toBe(24);
    // Loading the SDKs' type declarations is most of the time: about 10 s on an idle machine.
  }, 90_000);
});

/** The first user text with a `{{persona}}` placeholder kept, as the pane sends it with "Keep template variables". */
function withPlaceholder(request: RunRequest): RunRequest {
  const messages = request.messages.map((message) =>
    message.role === 'user' && typeof message.content === 'string' ? { ...message, content: `${message.content} As \uE000persona\uE001.` } : message,
  );
  return { ...request, messages };
}
