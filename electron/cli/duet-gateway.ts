import { runKeysCommand, runTokenCommand } from './keys-command';

/** duet-gateway [serve options] | keys set|list|remove [provider] | token [--rotate] */
const [command, ...rest] = process.argv.slice(2);

if (command === 'keys') process.exit(await runKeysCommand(rest));
else if (command === 'token') process.exit(await runTokenCommand(rest));
else await import('./serve');
