/**
 * Who is calling (docs/gateway.md, "Auth"): the gateway token means "use the
 * stored key"; any other bearer or x-api-key is the caller's own provider key.
 */
export type Caller = { kind: 'token' } | { kind: 'own-key'; key: string } | { kind: 'anonymous' };

export function identifyCaller(headers: { authorization?: string | undefined; 'x-api-key'?: string | string[] | undefined }, token: string): Caller {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '')?.[1];
  const apiKey = typeof headers['x-api-key'] === 'string' ? headers['x-api-key'].trim() : undefined;
  const presented = bearer ?? apiKey;
  if (!presented) return { kind: 'anonymous' };
  if (timingSafeEqual(presented, token)) return { kind: 'token' };
  return { kind: 'own-key', key: presented };
}

/** Constant-time comparison, so the token cannot be guessed byte by byte. */
function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length || b.length === 0) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
