import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createAppCore } from '../services/app-core';
import { startWebHost } from './server';

/** `npm run web`: the app in a browser tab, with the same contract as the desktop app. */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.DUET_WEB_PORT ?? '5199' },
    host: { type: 'string', default: '127.0.0.1' },
    renderer: { type: 'string', default: resolve(import.meta.dirname, '../../out/renderer') },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, got "${values.port}".`);
  process.exit(2);
}
if (!existsSync(resolve(values.renderer, 'index.html'))) {
  console.error(`The renderer is not built (no ${values.renderer}/index.html). Run "npm run build" first.`);
  process.exit(1);
}

const core = await createAppCore({ host: 'web' });
if (!core.keys.keychain.available) console.log(`No OS keychain: ${core.keys.keychain.reason ?? ''} Keys saved in Settings last for this session only.`);
const host = await startWebHost({ core, rendererDir: values.renderer, port, host: values.host }).catch(
  (error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(code === 'EADDRINUSE' ? `Port ${port} is in use. Try "npm run web -- --port 0" for a free one.` : String(error));
    process.exit(1);
  },
);
console.log(`Duet web host listening at ${host.url}`);
if (!process.env.ANTHROPIC_API_KEY) console.log('No ANTHROPIC_API_KEY is set: runs will fail with "No Anthropic API key" until you set it and restart.');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void host.close().then(() => process.exit(0));
  });
}
