import type { KeyStatus, KeyTestResult } from '../../../../shared/contract';

/**
 * The environment variable a provider's key can come from (the host's rule:
 * anthropic and openai have their usual names, any other id `x` reads DUET_X_API_KEY).
 */
export function keyEnvVarName(provider: string): string {
  if (provider === 'anthropic') return 'ANTHROPIC_API_KEY';
  if (provider === 'openai') return 'OPENAI_API_KEY';
  return `DUET_${provider.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_API_KEY`;
}

/** "Stored in the OS keychain …x4Fq", "From ANTHROPIC_API_KEY …abcd", "Kept for this session only …", "Not set". */
export function describeKeyStatus(status: KeyStatus | undefined): string {
  if (!status?.configured) return 'Not set';
  const hint = status.hint ?? '…';
  switch (status.source) {
    case 'keychain':
      return `Stored in the OS keychain ${hint}`;
    case 'session':
      return `Kept for this session only ${hint}`;
    case 'env':
    case undefined:
      return `From ${keyEnvVarName(status.provider)} ${hint}`;
  }
}

/** Keys Duet stored itself can be removed; an environment key can only be overridden. */
export function isStoredKey(status: KeyStatus | undefined): boolean {
  return status?.configured === true && (status.source === 'keychain' || status.source === 'session');
}

export interface TestSummary {
  tone: 'ok' | 'problem';
  headline: string;
  detail?: string;
}

/** "Key works: 9 models available", "Anthropic rejected this key (401)", "Could not reach Anthropic: …", "No key to test". */
export function describeTestResult(result: KeyTestResult, providerName: string): TestSummary {
  switch (result.outcome) {
    case 'valid':
      return { tone: 'ok', headline: result.models === undefined ? 'Key works' : `Key works: ${plural(result.models, 'model')} available` };
    case 'invalid_key': {
      const status = /\((\d{3})\)/.exec(result.message)?.[1];
      const detail = /\(\d{3}\):\s*(.+)$/.exec(result.message)?.[1] ?? result.message;
      return { tone: 'problem', headline: `${providerName} rejected this key${status ? ` (${status})` : ''}`, detail };
    }
    case 'network_error':
      return { tone: 'problem', headline: `Could not reach ${providerName}: ${result.message}` };
    case 'no_key':
      return { tone: 'problem', headline: 'No key to test' };
    case 'error':
      return { tone: 'problem', headline: `The test failed: ${result.message}` };
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
