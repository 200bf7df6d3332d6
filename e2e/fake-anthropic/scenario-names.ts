/** Scenario names, aliases and one-line descriptions (shared by the server, CLI and README). */

export const SCENARIO_DESCRIPTIONS = {
  text: 'default: echoes the last user text (and system prompt) in word-sized text deltas',
  long: '~200 numbered word deltas',
  slow: 'like long, 100 ms between events (or the delayMs option)',
  thinking: 'thinking block (thinking + signature deltas), then text',
  redacted_thinking: 'redacted_thinking block, then text',
  tool_use: 'short text, then one tool_use block (first request tool or get_weather); stop_reason tool_use',
  parallel_tools: 'short text, then two tool_use blocks; stop_reason tool_use',
  thinking_tool_use: 'signed thinking block, then one tool_use block (as tool_use); stop_reason tool_use',
  citations: 'text blocks with citations_delta pointing into document 0',
  cache: 'text with non-zero cache_creation/cache_read usage',
  max_tokens: 'truncated text, stop_reason max_tokens',
  stop_sequence: 'stop_reason stop_sequence (first request stop_sequences entry or "END")',
  refusal: 'short text, stop_reason refusal with stop_details',
  pause_turn: 'short text, stop_reason pause_turn',
  error_400: 'HTTP 400 invalid_request_error',
  error_401: 'HTTP 401 authentication_error',
  error_403: 'HTTP 403 permission_error',
  error_404: 'HTTP 404 not_found_error',
  error_413: 'HTTP 413 request_too_large',
  error_429: 'HTTP 429 rate_limit_error with retry-after: 2',
  error_500: 'HTTP 500 api_error',
  error_529: 'HTTP 529 overloaded_error "Overloaded"',
  midstream_error: 'stream: a few deltas, then an error event (overloaded_error), no message_stop',
  cut: 'stream: a few deltas, then the socket is destroyed',
  no_stop: 'stream: text block and message_delta, then a clean end without message_stop',
  flaky_529: 'first use in the server lifetime (until reset) answers 529, later uses answer like text',
  long_markdown: '150 numbered parts of markdown (~40 KB) in 40-character deltas, 4 ms apart',
  hostile_markdown: 'markdown text laced with script, iframe, style, onerror, javascript: links and a remote image',
} as const;

export type CanonicalScenario = keyof typeof SCENARIO_DESCRIPTIONS;

export const SCENARIO_ALIASES = {
  overloaded: 'error_529',
  rate_limit: 'error_429',
} as const satisfies Record<string, CanonicalScenario>;

export type ScenarioAlias = keyof typeof SCENARIO_ALIASES;

/** Anything accepted by queueScenario, the x-fake-scenario header or a `scenario:<name>` marker. */
export type ScenarioName = CanonicalScenario | ScenarioAlias;

export const SCENARIO_NAMES = Object.keys(SCENARIO_DESCRIPTIONS) as CanonicalScenario[];

export function resolveScenario(name: string): CanonicalScenario | undefined {
  const key = name.trim().toLowerCase();
  if (Object.hasOwn(SCENARIO_DESCRIPTIONS, key)) return key as CanonicalScenario;
  if (Object.hasOwn(SCENARIO_ALIASES, key)) return SCENARIO_ALIASES[key as ScenarioAlias];
  return undefined;
}

/** The marker people type into a prompt box to pick a scenario, e.g. "scenario:thinking". */
export const SCENARIO_MARKER = /\bscenario:([A-Za-z0-9_-]+)/;

export function describeScenarios(indent = '  '): string {
  const width = Math.max(...SCENARIO_NAMES.map((name) => name.length));
  const lines = SCENARIO_NAMES.map((name) => `${indent}${name.padEnd(width)}  ${SCENARIO_DESCRIPTIONS[name]}`);
  const aliases = Object.entries(SCENARIO_ALIASES).map(([alias, target]) => `${alias} = ${target}`);
  return [...lines, `${indent}aliases: ${aliases.join(', ')}`].join('\n');
}
