/**
 * Runs the fake Anthropic server by hand:
 *   tsx e2e/fake-anthropic/cli.ts [--port N] [--host H] [--delay-ms N] [--scenario NAME]
 */
import { parseArgs } from 'node:util';
import { describeScenarios, resolveScenario } from './scenario-names.js';
import { startFakeAnthropic } from './server.js';

function fail(message: string): never {
  console.error(`fake-anthropic: ${message}`);
  process.exit(2);
}

function intOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) fail(`--${name} must be a non-negative integer, got "${value}"`);
  return number;
}

function readOptions() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'delay-ms': { type: 'string' },
        scenario: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}
const values = readOptions();

const usage = `Usage: tsx e2e/fake-anthropic/cli.ts [--port N] [--host 127.0.0.1] [--delay-ms N] [--scenario NAME]

Point a client at the printed URL with any x-api-key (sk-ant-invalid gives a 401).
Pick a scenario per request, first match wins:
  1. header   x-fake-scenario: <name>
  2. a scenario queued in-process with fake.queueScenario(name)
  3. a marker scenario:<name> anywhere in the last user message (type it in the prompt box)
  4. the default (--scenario, else text)

Scenarios:
${describeScenarios()}`;

if (values.help) {
  console.log(usage);
  process.exit(0);
}

const defaultScenario = values.scenario === undefined ? undefined : resolveScenario(values.scenario);
if (values.scenario !== undefined && !defaultScenario) fail(`unknown scenario "${values.scenario}"`);

const fake = await startFakeAnthropic({
  port: intOption(values.port, 'port'),
  host: values.host,
  delayMs: intOption(values['delay-ms'], 'delay-ms'),
  defaultScenario,
  onRequest: (request) => {
    const scenario = request.scenario ? ` scenario=${request.scenario}` : '';
    console.log(`#${request.id} ${request.method} ${request.path}${scenario}`);
  },
});

console.log(`Fake Anthropic listening at ${fake.url}`);
console.log(usage.slice(usage.indexOf('\n\n') + 2));

let stopping = false;
const shutdown = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  console.log(`fake-anthropic: ${signal}, shutting down`);
  void fake.close().then(() => process.exit(0));
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
