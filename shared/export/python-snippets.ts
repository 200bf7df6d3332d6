import { literalCode, PYTHON_STYLE, type LiteralStyle } from './literal';
import { GATEWAY_DEFAULT_URL, type SnippetInput } from './types';

/** Top-level fields the OpenAI Python SDK takes as keyword arguments; Duet's extensions go in `extra_body`. */
const OPENAI_KWARGS = new Set([
  'model', 'messages', 'stream', 'stream_options', 'max_tokens', 'max_completion_tokens', 'temperature', 'top_p', 'stop', 'n', 'user',
  'safety_identifier', 'seed', 'presence_penalty', 'frequency_penalty', 'logit_bias', 'logprobs', 'top_logprobs', 'tools', 'tool_choice',
  'parallel_tool_calls', 'response_format', 'reasoning_effort', 'metadata',
]);

function styleFor(input: SnippetInput): LiteralStyle {
  return { ...PYTHON_STYLE, file: (id) => `file_base64(${JSON.stringify(input.files[id]?.path ?? id)})` };
}

/** Imports and helpers the body needs: base64 file reads, the variables and their render function. */
function preamble(input: SnippetInput, hasFiles: boolean): string[] {
  const lines: string[] = [];
  if (hasFiles) {
    lines.push('', '', 'def file_base64(path: str) -> str:', '    """Reads a file and base64-encodes it, as the request carries it."""', '    return base64.b64encode(pathlib.Path(path).read_bytes()).decode("ascii")');
  }
  if (input.variables) {
    lines.push('', '', '# The template\'s variables: change them here.', `variables = ${literalCode(input.variables, styleFor(input))}`);
    lines.push('', '', 'def render(template: str) -> str:', '    """Fills each {{name}} placeholder with its value."""', '    return re.sub(r"\\{\\{([^{}]+)\\}\\}", lambda match: variables.get(match.group(1), match.group(0)), template)');
  }
  return lines;
}

/** The standard library first, then the SDK. */
function imports(input: SnippetInput, hasFiles: boolean, standard: string[], sdk: string): string[] {
  const stdlib = [...standard, ...(hasFiles ? ['import base64', 'import pathlib'] : []), ...(input.variables ? ['import re'] : [])].sort();
  return stdlib.length > 0 ? [...stdlib, '', sdk] : [sdk];
}

function kwargs(entries: [string, unknown][], style: LiteralStyle): string {
  return entries.map(([key, value]) => `    ${key}=${literalCode(value, style, 1)},`).join('\n');
}

const hasFileMarkers = (input: SnippetInput) => Object.keys(input.files).length > 0;

/** The Anthropic Python SDK: `anthropic.Anthropic()` reads ANTHROPIC_API_KEY and ANTHROPIC_BASE_URL. */
export function anthropicPython(input: SnippetInput): string {
  const style = styleFor(input);
  const files = hasFileMarkers(input);
  const headers = input.betas.length > 0 ? `\n    extra_headers={"anthropic-beta": ${JSON.stringify(input.betas.join(','))}},` : '';
  const call = `client.messages.create(\n${kwargs(Object.entries(input.body), style)}${headers}\n)`;
  const output = input.stream
    ? [`stream = ${call}`, 'for event in stream:', '    if event.type == "content_block_delta" and event.delta.type == "text_delta":', '        print(event.delta.text, end="", flush=True)', 'print()']
    : [`message = ${call}`, 'print(message.to_json())'];
  return [
    '# Set ANTHROPIC_API_KEY first. ANTHROPIC_BASE_URL overrides the endpoint (default https://api.anthropic.com).',
    '# pip install anthropic',
    ...imports(input, files, [], 'import anthropic'),
    ...preamble(input, files),
    '',
    '',
    'client = anthropic.Anthropic()',
    ...output,
    '',
  ].join('\n');
}

/** The OpenAI Python SDK against the Duet gateway; fields outside OpenAI's API travel in `extra_body`. */
export function gatewayPython(input: SnippetInput): string {
  const style = styleFor(input);
  const files = hasFileMarkers(input);
  const entries = Object.entries(input.body);
  const standard = entries.filter(([key]) => OPENAI_KWARGS.has(key));
  const extensions = entries.filter(([key]) => !OPENAI_KWARGS.has(key));
  const extra = extensions.length > 0 ? `\n    extra_body=${literalCode(Object.fromEntries(extensions), style, 1)},` : '';
  const call = `client.chat.completions.create(\n${kwargs(standard, style)}${extra}\n)`;
  const output = input.stream
    ? [`stream = ${call}`, 'for chunk in stream:', '    if chunk.choices and chunk.choices[0].delta.content:', '        print(chunk.choices[0].delta.content, end="", flush=True)', 'print()']
    : [`completion = ${call}`, 'print(completion.to_json())'];
  return [
    '# Set DUET_GATEWAY_TOKEN to the Duet gateway\'s token (Settings, or: npx duet-gateway token).',
    `# DUET_GATEWAY_URL overrides the gateway (default ${GATEWAY_DEFAULT_URL}). pip install openai`,
    ...imports(input, files, ['import os'], 'from openai import OpenAI'),
    ...preamble(input, files),
    '',
    '',
    `client = OpenAI(base_url=os.environ.get("DUET_GATEWAY_URL", ${JSON.stringify(GATEWAY_DEFAULT_URL)}), api_key=os.environ["DUET_GATEWAY_TOKEN"])`,
    ...output,
    '',
  ].join('\n');
}
