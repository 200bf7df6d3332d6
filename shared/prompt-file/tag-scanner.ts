/**
 * Finds Duet's two body helpers, `{{role …}}` and `{{media …}}`, in Handlebars text and reads their
 * arguments. Everything else (`{{variables}}`, `{{#if}}`, `{{history}}`, comments) is left to the
 * template as written. `\{{` is a literal `{{`, as in shared/template.
 */
export type TagValue = string | number | boolean;

export interface BodyTag {
  helper: 'role' | 'media';
  /** Offsets in the scanned text: `{{` … `}}` end exclusive. */
  start: number;
  end: number;
  positional: { value: TagValue; offset: number }[];
  hash: { key: string; value: TagValue; offset: number }[];
}

export interface TagError {
  message: string;
  offset: number;
}

const HELPER_AT = /\{\{~?\s*(role|media)(?=[\s}~])/y;
const KEY_AT = /([A-Za-z_][\w-]*)=/y;
const NUMBER_AT = /-?\d+(?:\.\d+)?(?=[\s}~])/y;
const WORD_AT = /(true|false)(?=[\s}~])/y;

export function scanBodyTags(text: string): { ok: true; tags: BodyTag[] } | { ok: false; error: TagError } {
  const tags: BodyTag[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('{{', from);
    if (open === -1) return { ok: true, tags };
    if (open > 0 && text[open - 1] === '\\') {
      from = open + 2;
      continue;
    }
    HELPER_AT.lastIndex = open;
    const helper = HELPER_AT.exec(text);
    if (!helper) {
      from = open + 2;
      continue;
    }
    const read = readArguments(text, HELPER_AT.lastIndex, open, helper[1] as BodyTag['helper']);
    if (!read.ok) return read;
    tags.push(read.tag);
    from = read.tag.end;
  }
}

function readArguments(text: string, at: number, start: number, helper: BodyTag['helper']): { ok: true; tag: BodyTag } | { ok: false; error: TagError } {
  const tag: BodyTag = { helper, start, end: start, positional: [], hash: [] };
  let i = at;
  for (;;) {
    while (i < text.length && /\s/.test(text[i] ?? '')) i++;
    if (text.startsWith('}}', i) || text.startsWith('~}}', i)) {
      tag.end = i + (text[i] === '~' ? 3 : 2);
      return { ok: true, tag };
    }
    if (i >= text.length) return { ok: false, error: { message: `The {{${helper}}} tag is not closed with }}`, offset: start } };
    KEY_AT.lastIndex = i;
    const key = KEY_AT.exec(text);
    const valueAt = key ? KEY_AT.lastIndex : i;
    const value = readValue(text, valueAt);
    if (!value) return { ok: false, error: { message: `Unexpected text in the {{${helper}}} tag: write key="text", key=123 or key=true`, offset: valueAt } };
    if (key?.[1]) tag.hash.push({ key: key[1], value: value.value, offset: i });
    else if (tag.hash.length > 0) return { ok: false, error: { message: `A plain argument of {{${helper}}} must come before key=value arguments`, offset: i } };
    else tag.positional.push({ value: value.value, offset: i });
    i = value.end;
  }
}

function readValue(text: string, at: number): { value: TagValue; end: number } | null {
  const quote = text[at];
  if (quote === '"' || quote === "'") return readString(text, at, quote);
  NUMBER_AT.lastIndex = at;
  const number = NUMBER_AT.exec(text);
  if (number) return { value: Number(number[0]), end: NUMBER_AT.lastIndex };
  WORD_AT.lastIndex = at;
  const word = WORD_AT.exec(text);
  if (word) return { value: word[1] === 'true', end: WORD_AT.lastIndex };
  return null;
}

/** A quoted string; `\"` (or `\'`) and `\\` are the only escapes. */
function readString(text: string, at: number, quote: string): { value: string; end: number } | null {
  let value = '';
  for (let i = at + 1; i < text.length; i++) {
    const char = text[i];
    if (char === '\\' && (text[i + 1] === quote || text[i + 1] === '\\')) {
      value += text[i + 1];
      i++;
    } else if (char === quote) {
      return { value, end: i + 1 };
    } else {
      value += char;
    }
  }
  return null;
}

