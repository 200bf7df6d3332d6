import type { ChatRequest } from '../../../../shared/chat/request-schema';

/**
 * `stop` (string or array) → `stop_sequences` (A29). Blank sequences are dropped
 * because the API rejects whitespace-only ones.
 * https://platform.claude.com/docs/en/api/messages (stop_sequences)
 */
export function convertStop(stop: ChatRequest['stop'], warnings: string[]): string[] {
  const list = stop == null ? [] : Array.isArray(stop) ? stop : [stop];
  const kept = list.filter((sequence) => sequence.trim() !== '');
  const dropped = list.length - kept.length;
  if (dropped > 0) warnings.push(`${dropped === 1 ? 'A blank stop sequence was' : `${dropped} blank stop sequences were`} dropped.`);
  return kept;
}
