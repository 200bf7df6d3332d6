import { scanBodyTags } from './tag-scanner';
import type { BodyTag, TagValue } from './tag-scanner';
import { PROMPT_ROLES } from './types';
import type { CacheTtl, PromptMedia, PromptRole, PromptSection } from './types';

export interface BodyError {
  message: string;
  /** Offset in the body text. */
  offset: number;
}

interface RawSection {
  section: PromptSection;
  /** Text and media in order, before the layout's line breaks are taken off. */
  pieces: (string | PromptMedia)[];
  explicit: boolean;
}

/**
 * Splits a Handlebars body into role sections. Text before the first role tag is a user section
 * (Dotprompt's default) unless it is only whitespace. The line breaks serializeBody puts around
 * tags are taken off again, so text round-trips exactly.
 */
export function parseBody(text: string): { ok: true; body: PromptSection[] } | { ok: false; error: BodyError } {
  const scanned = scanBodyTags(text);
  if (!scanned.ok) return scanned;
  const sections: RawSection[] = [{ section: { role: 'user', text: '', media: [], implicit: true }, pieces: [], explicit: false }];
  let from = 0;
  for (const tag of scanned.tags) {
    const current = sections.at(-1) as RawSection;
    current.pieces.push(text.slice(from, tag.start));
    from = tag.end;
    if (tag.helper === 'media') {
      const media = readMedia(tag);
      if ('message' in media) return { ok: false, error: media };
      current.pieces.push(media);
      continue;
    }
    const section = readRole(tag);
    if ('message' in section) return { ok: false, error: section };
    sections.push({ section, pieces: [], explicit: true });
  }
  (sections.at(-1) as RawSection).pieces.push(text.slice(from));
  const kept = sections.filter((raw) => raw.explicit || raw.pieces.some((piece) => typeof piece !== 'string' || piece.trim() !== ''));
  const body = kept.map((raw, i) => finishSection(raw, i === kept.length - 1));
  // Text that would read differently without its tag keeps one from now on.
  if (body[0]?.implicit && !canOmitRoleTag(body[0])) delete body[0].implicit;
  return { ok: true, body };
}

function finishSection({ section, pieces, explicit }: RawSection, last: boolean): PromptSection {
  const parts = [...pieces];
  if (explicit && typeof parts[0] === 'string') parts[0] = parts[0].replace(/^\n/, '');
  let text = '';
  const media: PromptMedia[] = [];
  parts.forEach((part, i) => {
    if (typeof part === 'string') {
      text += part;
      return;
    }
    media.push(part);
    // A media tag on a line of its own takes its line break with it.
    const next = parts[i + 1];
    if ((text === '' || text.endsWith('\n')) && typeof next === 'string' && next.startsWith('\n')) parts[i + 1] = next.slice(1);
  });
  return { ...section, text: text.replace(last ? /\n$/ : /\n?\n$/, ''), media };
}

export function serializeBody(body: readonly PromptSection[]): string {
  return body.map((section, i) => serializeSection(section, i === 0) + (i === body.length - 1 ? '' : '\n')).join('');
}

/**
 * The first section goes without a role tag when it was written so and still reads back the same:
 * a user section with no cache mark, not blank (blank text before a tag is dropped), not `---`.
 */
export function canOmitRoleTag(section: PromptSection): boolean {
  const blank = section.text.trim() === '' && section.media.length === 0;
  return section.role === 'user' && !section.cache && !blank && !section.text.startsWith('---');
}

function serializeSection(section: PromptSection, first: boolean): string {
  const media = section.media.map((item) => `${mediaTag(item)}\n`).join('');
  const text = section.text === '' && media !== '' ? '' : `${section.text}\n`;
  if (first && section.implicit && canOmitRoleTag(section)) return `${text}${media}`;
  return `${roleTag(section)}\n${text}${media}`;
}

function roleTag(section: PromptSection): string {
  const hash: [string, TagValue | undefined][] = [
    ['cache', section.cache],
    ['toolCallId', section.toolCallId],
    ['toolName', section.toolName],
    ['isError', section.isError],
  ];
  return `{{role "${section.role}"${hashText(hash)}}}`;
}

function mediaTag(media: PromptMedia): string {
  const hash: [string, TagValue | undefined][] = [
    ['url', media.url],
    ['contentType', media.contentType],
    ['name', media.name],
    ['size', media.size],
    ['pages', media.pages],
    ['citations', media.citations],
    ['title', media.title],
    ['context', media.context],
  ];
  return `{{media${hashText(hash)}}}`;
}

function hashText(hash: [string, TagValue | undefined][]): string {
  return hash
    .filter((entry): entry is [string, TagValue] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}=${typeof value === 'string' ? quote(value) : String(value)}`)
    .join('');
}

/** Inverse of the scanner's string reading: `\"` and `\\` (only where a backslash would be read as one). */
function quote(value: string): string {
  return `"${value.replace(/\\(?=["\\]|$)/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const ROLE_ATTRIBUTES: Record<string, 'string' | 'boolean'> = { cache: 'string', toolCallId: 'string', toolName: 'string', isError: 'boolean' };
const TOOL_ONLY = new Set(['toolCallId', 'toolName', 'isError']);

function readRole(tag: BodyTag): PromptSection | BodyError {
  const [first, extra] = tag.positional;
  if (!first || typeof first.value !== 'string') return { message: 'A role tag names its role: {{role "user"}}', offset: tag.start };
  if (extra) return { message: 'A role tag takes one role', offset: extra.offset };
  const role = first.value as PromptRole;
  if (!PROMPT_ROLES.includes(role)) return { message: `Unknown role "${first.value}": use system, user, model or tool`, offset: first.offset };
  const section: PromptSection = { role, text: '', media: [] };
  for (const { key, value, offset } of tag.hash) {
    const type = ROLE_ATTRIBUTES[key];
    if (!type) return { message: `Unknown attribute "${key}" on a role tag (known: ${Object.keys(ROLE_ATTRIBUTES).join(', ')})`, offset };
    if (typeof value !== type) return { message: `"${key}" on a role tag must be a ${type}`, offset };
    if (TOOL_ONLY.has(key) && role !== 'tool') return { message: `"${key}" belongs on a tool section`, offset };
    if (key === 'cache' && value !== '5m' && value !== '1h') return { message: 'cache must be "5m" or "1h"', offset };
    Object.assign(section, { [key]: key === 'cache' ? (value as CacheTtl) : value });
  }
  return section;
}

const MEDIA_ATTRIBUTES: Record<string, 'string' | 'number' | 'boolean'> = {
  url: 'string',
  contentType: 'string',
  name: 'string',
  size: 'number',
  pages: 'number',
  citations: 'boolean',
  title: 'string',
  context: 'string',
};

function readMedia(tag: BodyTag): PromptMedia | BodyError {
  const [positional] = tag.positional;
  if (positional) return { message: 'A media tag takes key=value arguments: {{media url="…" contentType="…"}}', offset: positional.offset };
  const media: Record<string, TagValue> = {};
  for (const { key, value, offset } of tag.hash) {
    const type = MEDIA_ATTRIBUTES[key];
    if (!type) return { message: `Unknown attribute "${key}" on a media tag (known: ${Object.keys(MEDIA_ATTRIBUTES).join(', ')})`, offset };
    if (typeof value !== type) return { message: `"${key}" on a media tag must be a ${type}`, offset };
    if (type === 'number' && (!Number.isInteger(value) || (value as number) < 0)) return { message: `"${key}" on a media tag must be a whole number`, offset };
    if (key in media) return { message: `"${key}" appears twice on a media tag`, offset };
    media[key] = value;
  }
  if (typeof media.url !== 'string' || media.url === '') return { message: 'A media tag needs a url: {{media url="…"}}', offset: tag.start };
  return media as unknown as PromptMedia;
}
