import { getOrCreateGatewayToken, rotateGatewayToken } from '../services/keys';
import { openKeys } from './open-keys';
import { readSecret } from './read-secret';

/** `duet-gateway keys set|list|remove <provider>` and `duet-gateway token [--rotate]`. Returns the exit code. */
export async function runKeysCommand(args: string[]): Promise<number> {
  const [action, provider = 'anthropic'] = args;
  const keys = await openKeys();
  if (!keys.keychain.available) console.error(`No OS keychain: ${keys.keychain.reason ?? ''}`);
  switch (action) {
    case 'set': {
      if (!keys.keychain.available) {
        console.error('A key set now would be forgotten when this command ends. Set the environment variable instead.');
        return 1;
      }
      const key = await readSecret(`${provider} API key (input hidden): `);
      const status = await keys.set(provider, key);
      console.log(`Stored the ${provider} key in the OS keychain (${status.hint ?? '…'}).`);
      return 0;
    }
    case 'list': {
      for (const id of new Set(['anthropic', 'openai', provider])) {
        const status = await keys.status(id);
        console.log(`${id.padEnd(12)} ${status.configured ? `${status.hint ?? '…'}  from ${status.source === 'env' ? 'the environment' : status.source === 'keychain' ? 'the OS keychain' : 'this session'}` : 'not set'}`);
      }
      return 0;
    }
    case 'remove': {
      const status = await keys.remove(provider);
      console.log(status.configured ? `Removed the stored ${provider} key; the environment variable still provides one (${status.hint ?? '…'}).` : `Removed the stored ${provider} key.`);
      return 0;
    }
    default:
      console.error('Usage: duet-gateway keys set|list|remove [provider]   (the key is read from stdin or a hidden prompt)');
      return 2;
  }
}

export async function runTokenCommand(args: string[]): Promise<number> {
  const keys = await openKeys();
  if (!keys.keychain.available) {
    console.error(`No OS keychain (${keys.keychain.reason ?? ''}): set DUET_GATEWAY_TOKEN to choose a lasting token.`);
    return 1;
  }
  const token = args.includes('--rotate') ? await rotateGatewayToken(keys.store) : await getOrCreateGatewayToken(keys.store);
  console.log(token);
  return 0;
}
