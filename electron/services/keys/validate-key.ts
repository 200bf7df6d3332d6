import { InvalidKeyError } from './errors';

export const MAX_KEY_LENGTH = 512;

/** Printable ASCII without the space: what an Authorization header can carry unchanged. */
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;
const WHITESPACE_OR_CONTROL = /[\s\p{Cc}]/u;

/**
 * The key as it will be stored (trimmed), or an `InvalidKeyError` whose message
 * says what is wrong without quoting the key: messages reach the UI and logs.
 * Non-ASCII is refused as well, because fetch cannot put it in a header and it
 * usually means a pasted typographic quote or a copied hint ("…x4Fq").
 */
export function validateKey(key: string): string {
  const trimmed = key.trim();
  if (trimmed === '') throw new InvalidKeyError('The API key is empty.');
  if (trimmed.length > MAX_KEY_LENGTH) throw new InvalidKeyError(`The API key is longer than ${MAX_KEY_LENGTH} characters; paste the key alone.`);
  if (WHITESPACE_OR_CONTROL.test(trimmed)) {
    throw new InvalidKeyError('The API key contains a space, line break or other control character; paste the key alone.');
  }
  if (!PRINTABLE_ASCII.test(trimmed)) {
    throw new InvalidKeyError('The API key contains a character that is not plain ASCII (such as a typographic quote or "…"); paste the key itself.');
  }
  return trimmed;
}
