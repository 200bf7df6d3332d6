import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createGatewayFromEnv } from './from-env';
import { startGatewayServer } from './http/server';

const HELP = `duet-gateway: a local OpenAI-compatible endpoint for Claude.

Usage: duet-gateway [--port 8787] [--host 127.0.0.1] [--allow-origin <url>]...

Environment:
  ANTHROPIC_API_KEY    the key used for callers presenting the gateway token
  ANTHROPIC_BASE_URL   upstream (default https://api.anthropic.com)
  OPENAI_API_KEY, OPENAI_BASE_URL   an OpenAI-compatible upstream for openai/<model>
  DUET_GATEWAY_TOKEN   the token callers present; a fresh one is made per start when unset
`;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    'allow-origin': { type: 'string', multiple: true, default: [] },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, got "${values.port}".`);
  process.exit(2);
}

const token = process.env.DUET_GATEWAY_TOKEN?.trim() || `duet-${randomBytes(24).toString('base64url')}`;
const gateway = createGatewayFromEnv();

const server = await startGatewayServer({ gateway, token, port, host: values.host, allowedOrigins: values['allow-origin'] }).catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === 'EADDRINUSE' ? `Port ${port} is in use: is another duet-gateway running? Try --port 0 for a free port.` : String(error));
  process.exit(1);
});

// Signals are handled before anything is printed, so a caller that reacts to the output can stop us cleanly.
let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) process.exit(1);
    closing = true;
    console.log('Shutting down…');
    void server.close().then(() => process.exit(0));
  });
}

const anthropicKey = await gateway.resolveKey('anthropic');
console.log(`Duet gateway listening at ${server.url}/v1`);
console.log(`  Anthropic upstream: ${gateway.upstreams.anthropic.baseURL}`);
console.log(`  Anthropic key: ${anthropicKey ? `ANTHROPIC_API_KEY (…${anthropicKey.slice(-4)})` : 'none stored; callers must send their own key'}`);
if (gateway.upstreams.openai) console.log(`  OpenAI-compatible upstream: ${gateway.upstreams.openai.baseURL} (models openai/<id>)`);
console.log(
  process.env.DUET_GATEWAY_TOKEN
    ? '  Authenticate with: Authorization: Bearer $DUET_GATEWAY_TOKEN'
    : `  Authenticate with: Authorization: Bearer ${token}\n  (made for this run; set DUET_GATEWAY_TOKEN to keep one token across restarts)`,
);
console.log(`  Try: curl ${server.url}/v1/chat/completions -H "Authorization: Bearer <token>" -H "content-type: application/json" \\
        -d '{"model":"claude-sonnet-5-5","messages":[{"role":"user","content":"Hello"}]}'`);
if (!['127.0.0.1', 'localhost', '::1'].includes(values.host)) {
  console.log(`  Warning: bound to ${values.host}, not loopback: other machines can reach this endpoint.`);
}
