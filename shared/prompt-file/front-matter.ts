import { isMap, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { z } from 'zod';
import { DOTPROMPT_KEYS, DUET_KEYS, dotpromptKeySchemas, duetKeySchemas } from './front-matter-schema';
import { nodeOffset } from './locate';

export interface FileSplit {
  /** The YAML between the `---` lines (absent when the file has none) and its offset in the file. */
  front?: { text: string; start: number };
  body: { text: string; start: number };
}

export interface OffsetError {
  message: string;
  offset: number;
}

const OPENING = /^---[ \t]*(?:\n|$)/;
const CLOSING = /^---[ \t]*$/;

/** Front matter is Dotprompt's: a first line `---`, YAML, a line `---`; the body is the rest. */
export function splitFrontMatter(text: string): { ok: true; split: FileSplit } | { ok: false; error: OffsetError } {
  const opening = OPENING.exec(text);
  if (!opening) return { ok: true, split: { body: { text, start: 0 } } };
  const start = opening[0].length;
  let lineStart = start;
  for (const line of text.slice(start).split('\n')) {
    if (CLOSING.test(line)) {
      const afterClosing = Math.min(text.length, lineStart + line.length + 1);
      return { ok: true, split: { front: { text: text.slice(start, lineStart), start }, body: { text: text.slice(afterClosing), start: afterClosing } } };
    }
    lineStart += line.length + 1;
  }
  return { ok: false, error: { message: 'The front matter opened by --- on line 1 is not closed by a line ---', offset: 0 } };
}

export type KeyKind = { kind: 'dotprompt'; key: (typeof DOTPROMPT_KEYS)[number] } | { kind: 'duet'; key: (typeof DUET_KEYS)[number] } | { kind: 'ext'; ns: string; field: string } | { kind: 'extra' };

/** Dotprompt's rule: a key with a dot is `namespace.field`, split at the last dot. */
export function classifyKey(key: string): KeyKind {
  if ((DOTPROMPT_KEYS as string[]).includes(key)) return { kind: 'dotprompt', key: key as (typeof DOTPROMPT_KEYS)[number] };
  const dot = key.lastIndexOf('.');
  if (dot <= 0 || dot === key.length - 1) return { kind: 'extra' };
  const ns = key.slice(0, dot);
  const field = key.slice(dot + 1);
  if (ns === 'duet' && (DUET_KEYS as string[]).includes(field)) return { kind: 'duet', key: field as (typeof DUET_KEYS)[number] };
  return { kind: 'ext', ns, field };
}

export interface ReadFrontMatter {
  doc: Document;
  /** Top-level keys in file order with their checked values. */
  entries: [string, unknown][];
}

/** Parses and checks the YAML; errors carry offsets in the front-matter text. */
export function readFrontMatter(text: string): { ok: true; front: ReadFrontMatter } | { ok: false; error: OffsetError } {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const [yamlError] = doc.errors;
  if (yamlError) return { ok: false, error: { message: `YAML: ${firstLine(yamlError.message)}`, offset: yamlError.pos[0] } };
  if (doc.contents !== null && !isMap(doc.contents)) return { ok: false, error: { message: 'The front matter must be a map of keys (key: value)', offset: doc.contents.range?.[0] ?? 0 } };
  const data = (doc.toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>;
  const entries: [string, unknown][] = [];
  for (const [key, value] of Object.entries(data)) {
    const schema = schemaFor(classifyKey(key));
    if (!schema) {
      entries.push([key, value]);
      continue;
    }
    const checked = schema.safeParse(value);
    if (!checked.success) {
      const [issue] = checked.error.issues;
      const path = [key, ...(issue?.path ?? [])];
      return { ok: false, error: { message: `${path.map(String).join('.')}: ${issue?.message ?? 'invalid value'}`, offset: nodeOffset(doc, path) } };
    }
    // The value as read (the schemas transform nothing), so keys keep their order.
    entries.push([key, value]);
  }
  return { ok: true, front: { doc, entries } };
}

function schemaFor(kind: KeyKind): z.ZodType | undefined {
  if (kind.kind === 'dotprompt') return dotpromptKeySchemas[kind.key];
  if (kind.kind === 'duet') return duetKeySchemas[kind.key];
  return undefined;
}

const firstLine = (message: string): string => message.split('\n')[0] ?? message;
