import { createHash } from 'node:crypto';
import type { InspectedRequest } from '../../../shared/contract';

/** What stands in a recorded upstream body for inlined bytes: the attachment store's id of those bytes. */
export function omittedBytesMarker(data: string): string {
  const id = createHash('sha256').update(Buffer.from(data, 'base64')).digest('hex');
  return `[duet_attachment ${id}: ${data.length} base64 characters not kept in the history]`;
}

/**
 * The upstream request as history keeps it: attachments were inlined as base64 right before the
 * gateway (up to 32 MB a request), and the run already refers to them by id, so each `source.data`
 * of a base64 source is replaced by a marker naming the stored attachment (its SHA-256).
 */
export function compactUpstream(upstream: InspectedRequest): InspectedRequest {
  let body: unknown;
  try {
    body = JSON.parse(upstream.body);
  } catch {
    return upstream;
  }
  let changed = false;
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value).map(([key, child]) => [key, visit(child)] as const);
    const object = Object.fromEntries(entries) as Record<string, unknown>;
    if (object.type === 'base64' && typeof object.data === 'string') {
      changed = true;
      object.data = omittedBytesMarker(object.data);
    }
    return object;
  };
  const compacted = visit(body);
  return changed ? { ...upstream, body: JSON.stringify(compacted) } : upstream;
}
