import { fileMarker, fillMarkers, markersIn } from './markers';
import { ANTHROPIC_DEFAULT_URL, ANTHROPIC_VERSION, GATEWAY_DEFAULT_URL, type SnippetInput } from './types';

/** A shell word in single quotes: nothing inside is expanded. */
function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * The body on stdin. Without files: a quoted heredoc (nothing expanded). With files: the JSON
 * text in single-quoted pieces and each file base64-encoded in between, at run time.
 */
function bodyOnStdin(input: SnippetInput, curl: string[]): string {
  // cURL has no template step: variables are sent with their current values.
  const body = fillMarkers(input.body, input.variables ?? {}, fileMarker);
  const json = JSON.stringify(body, null, 2);
  if (markersIn(input.body).files.size === 0) return [...curl, "  --data-binary @- <<'JSON'", json, 'JSON', ''].join('\n');
  const pieces = json.split(/DUETFILE([0-9a-f]{64})/);
  const steps = pieces.map((piece, index) =>
    index % 2 === 0 ? `  printf '%s' ${shellQuote(piece)}` : `  base64 < ${shellQuote(input.files[piece]?.path ?? piece)} | tr -d '\\n'`,
  );
  return ['{', ...steps, `} | ${curl.join('\n').trimStart()}`, '  --data-binary @-', ''].join('\n');
}

function headerLines(headers: string[]): string[] {
  return headers.map((header) => `  -H "${header}" \\`);
}

/** cURL against Anthropic's Messages API. */
export function anthropicCurl(input: SnippetInput): string {
  const headers = ['x-api-key: $ANTHROPIC_API_KEY', `anthropic-version: ${ANTHROPIC_VERSION}`, 'content-type: application/json', ...(input.betas.length > 0 ? [`anthropic-beta: ${input.betas.join(',')}`] : [])];
  const curl = [`curl -sS${input.stream ? 'N' : ''} --fail-with-body "\${ANTHROPIC_BASE_URL:-${ANTHROPIC_DEFAULT_URL}}/v1/messages" \\`, ...headerLines(headers)];
  return [`# Set ANTHROPIC_API_KEY first. ANTHROPIC_BASE_URL overrides the endpoint (default ${ANTHROPIC_DEFAULT_URL}).`, bodyOnStdin(input, curl)].join('\n');
}

/** cURL against the Duet gateway's OpenAI-compatible endpoint. */
export function gatewayCurl(input: SnippetInput): string {
  const headers = ['Authorization: Bearer $DUET_GATEWAY_TOKEN', 'content-type: application/json'];
  const curl = [`curl -sS${input.stream ? 'N' : ''} --fail-with-body "\${DUET_GATEWAY_URL:-${GATEWAY_DEFAULT_URL}}/chat/completions" \\`, ...headerLines(headers)];
  return [
    "# Set DUET_GATEWAY_TOKEN to the Duet gateway's token (Settings, or: npx duet-gateway token).",
    `# DUET_GATEWAY_URL overrides the gateway (default ${GATEWAY_DEFAULT_URL}).`,
    bodyOnStdin(input, curl),
  ].join('\n');
}

/** Whether the body keeps template placeholders (cURL sends them filled in). */
export function hasVariables(input: SnippetInput): boolean {
  return markersIn(input.body).variables.size > 0;
}
