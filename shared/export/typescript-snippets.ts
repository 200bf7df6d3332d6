import { literalCode, TS_STYLE, type LiteralStyle } from './literal';
import { GATEWAY_DEFAULT_URL, type SnippetInput } from './types';

function styleFor(input: SnippetInput): LiteralStyle {
  return { ...TS_STYLE, file: (id) => `fileBase64(${JSON.stringify(input.files[id]?.path ?? id)})` };
}

/** Helpers the body needs: base64 file reads, the variables and their render function. */
function helpers(input: SnippetInput): string[] {
  const lines: string[] = [];
  if (Object.keys(input.files).length > 0) {
    lines.push('', '/** Reads a file and base64-encodes it, as the request carries it. */', 'const fileBase64 = (path: string): string => readFileSync(path).toString("base64");');
  }
  if (input.variables) {
    lines.push('', "// The template's variables: change them here.", `const variables: Record<string, string> = ${literalCode(input.variables, styleFor(input))};`);
    lines.push('', '/** Fills each {{name}} placeholder with its value. */', 'const render = (template: string): string =>', '  template.replace(/\\{\\{([^{}]+)\\}\\}/g, (whole: string, name: string) => variables[name] ?? whole);');
  }
  return lines;
}

const fsImport = (input: SnippetInput) => (Object.keys(input.files).length > 0 ? ['import { readFileSync } from "node:fs";'] : []);

/** The Anthropic TypeScript SDK: `new Anthropic()` reads ANTHROPIC_API_KEY and ANTHROPIC_BASE_URL. */
export function anthropicTypeScript(input: SnippetInput): string {
  const body = literalCode(input.body, styleFor(input), 1);
  const options = input.betas.length > 0 ? `, { headers: { "anthropic-beta": ${JSON.stringify(input.betas.join(','))} } }` : '';
  const output = input.stream
    ? [
        `  const stream = await client.messages.create(${body}${options});`,
        '  for await (const event of stream) {',
        '    if (event.type === "content_block_delta" && event.delta.type === "text_delta") process.stdout.write(event.delta.text);',
        '  }',
        '  process.stdout.write("\\n");',
      ]
    : [`  const message = await client.messages.create(${body}${options});`, '  console.log(JSON.stringify(message, null, 2));'];
  return [
    '// Set ANTHROPIC_API_KEY first. ANTHROPIC_BASE_URL overrides the endpoint (default https://api.anthropic.com).',
    '// npm install @anthropic-ai/sdk',
    'import Anthropic from "@anthropic-ai/sdk";',
    ...fsImport(input),
    ...helpers(input),
    '',
    ...mainFunction(['  const client = new Anthropic();', ...output]),
  ].join('\n');
}

/** The OpenAI TypeScript SDK against the Duet gateway. */
export function gatewayTypeScript(input: SnippetInput): string {
  const body = literalCode(input.body, styleFor(input), 1);
  const type = input.stream ? 'ChatCompletionCreateParamsStreaming' : 'ChatCompletionCreateParamsNonStreaming';
  const call = `client.chat.completions.create(body as unknown as OpenAI.${type})`;
  const request = [
    `  const body = ${body};`,
    "  // Duet's extensions (cache_control, thinking, document options, …) are not in OpenAI's types; the gateway reads them.",
  ];
  const output = input.stream
    ? [...request, `  const stream = await ${call};`, '  for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta.content ?? "");', '  process.stdout.write("\\n");']
    : [...request, `  const completion = await ${call};`, '  console.log(JSON.stringify(completion, null, 2));'];
  return [
    "// Set DUET_GATEWAY_TOKEN to the Duet gateway's token (Settings, or: npx duet-gateway token).",
    `// DUET_GATEWAY_URL overrides the gateway (default ${GATEWAY_DEFAULT_URL}). npm install openai`,
    'import OpenAI from "openai";',
    ...fsImport(input),
    ...helpers(input),
    '',
    ...mainFunction([
      '  const token = process.env.DUET_GATEWAY_TOKEN;',
      '  if (!token) throw new Error("Set DUET_GATEWAY_TOKEN to the Duet gateway\'s token.");',
      `  const client = new OpenAI({ baseURL: process.env.DUET_GATEWAY_URL ?? ${JSON.stringify(GATEWAY_DEFAULT_URL)}, apiKey: token });`,
      ...output,
    ]),
  ].join('\n');
}

/** An async main() around the snippet's body that reports a failure and sets a failing exit code. */
function mainFunction(body: readonly string[]): string[] {
  return ['async function main(): Promise<void> {', ...body, '}', '', 'main().catch((error: unknown) => {', '  console.error(error);', '  process.exitCode = 1;', '});', ''];
}
