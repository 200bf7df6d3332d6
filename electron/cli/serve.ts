import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createGatewayFromEnv } from '../gateway/from-env';
import { startGatewayServer } from '../gateway/http/server';
import { getOrCreateGatewayToken } from '../services/keys';
import { openKeys } from './open-keys';

const HELP = `duet-gateway: a local OpenAI-compatible endpoint for Claude.

Usage: duet-gateway [--port 8787] [--host 127.0.0.1] [--allow-origin <url>]...
       duet-gateway keys set|list|remove [provider]   keys in the OS keychain (set reads stdin or a hidden prompt)
       duet-gateway token [--rotate]                  the token callers present, kept in the OS keychain

Environment:
  ANTHROPIC_API_KEY    used when the OS keychain holds no Anthropic key
  ANTHROPIC_BASE_URL   upstream (default https://api.anthropic.com)
  OPENAI_API_KEY, OPENAI_BASE_URL   an OpenAI-compatible upstream for openai/<model>
  DUET_GATEWAY_TOKEN   the token callers present (else the keychain's; else one per start)
`;

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== 'serve'),
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

const keys = await openKeys();
const envToken = process.env.DUET_GATEWAY_TOKEN?.trim();
const token = envToken || (keys.keychain.available ? await getOrCreateGatewayToken(keys.store) : `duet-${randomBytes(24).toString('base64url')}`);
const gateway = createGatewayFromEnv(process.env, { keys: keys.asKeySource() });

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

const anthropic = await keys.status('anthropic');
console.log(`Duet gateway listening at ${server.url}/v1`);
console.log(`  Anthropic upstream: ${gateway.upstreams.anthropic.baseURL}`);
const from = { keychain: 'the OS keychain', env: 'ANTHROPIC_API_KEY', session: 'this session' } as const;
console.log(`  Anthropic key: ${anthropic.configured ? `${anthropic.hint ?? '…'} from ${from[anthropic.source ?? 'env']}` : 'none stored; callers must send their own key'}`);
if (!keys.keychain.available) console.log(`  No OS keychain: ${keys.keychain.reason ?? ''}`);
for (const [id, upstream] of Object.entries(gateway.upstreams.compatible?.() ?? {})) console.log(`  OpenAI-compatible upstream "${id}": ${upstream.baseURL} (models ${id}/<model>)`);
console.log(
  envToken
    ? '  Authenticate with: Authorization: Bearer $DUET_GATEWAY_TOKEN'
    : keys.keychain.available
      ? '  Authenticate with: Authorization: Bearer <token>   (print it with: duet-gateway token)'
      : `  Authenticate with: Authorization: Bearer ${token}\n  (made for this run; set DUET_GATEWAY_TOKEN to keep one token across restarts)`,
);
console.log(`  Try: curl ${server.url}/v1/chat/completions -H "Authorization: Bearer <token>" -H "content-type: application/json" \\
        -d '{"model":"claude-sonnet-5-5","messages":[{"role":"user","content":"Hello"}]}'`);
if (!['127.0.0.1', 'localhost', '::1'].includes(values.host)) {
  console.log(`  Warning: bound to ${values.host}, not loopback: other machines can reach this endpoint.`);
}
