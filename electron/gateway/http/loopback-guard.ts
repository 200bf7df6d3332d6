/**
 * DNS-rebinding and cross-site guard for servers bound to loopback: the Host
 * header must name a loopback address at our port, and a browser Origin must be
 * ours or one the user allowed explicitly.
 */
export interface LoopbackGuardOptions {
  port: number;
  /** Extra host names the server is bound to (e.g. a LAN address the user chose). */
  extraHosts?: string[];
  /** Browser origins allowed besides the server's own (e.g. "http://localhost:5173"). */
  allowedOrigins?: string[];
}

export type GuardVerdict = { ok: true } | { ok: false; reason: string };

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

export function createLoopbackGuard(options: LoopbackGuardOptions): (headers: { host?: string | undefined; origin?: string | undefined }) => GuardVerdict {
  const names = [...LOOPBACK_NAMES, ...(options.extraHosts ?? [])];
  const hosts = new Set(names.map((name) => `${name}:${options.port}`.toLowerCase()));
  const origins = new Set([...names.map((name) => `http://${name}:${options.port}`.toLowerCase()), ...(options.allowedOrigins ?? []).map((o) => o.toLowerCase())]);
  return ({ host, origin }) => {
    if (!host || !hosts.has(host.toLowerCase())) return { ok: false, reason: `Host "${host ?? ''}" is not allowed.` };
    if (origin !== undefined && !origins.has(origin.toLowerCase())) return { ok: false, reason: `Origin "${origin}" is not allowed.` };
    return { ok: true };
  };
}
