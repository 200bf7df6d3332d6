import { describe, expect, it } from 'vitest';
import { parseBody, serializeBody } from './body';
import { scanBodyTags } from './tag-scanner';
import type { PromptMedia, PromptSection } from './types';

const TEXTS = ['', ' ', '\n', '\n\n', 'a', 'a\n', 'a\n\n', '\na', '\n\n a \n\n\n', 'tab\there', 'ends with \\', 'Hi {{name}}', 'literal \\{{role "user"}}', '{{#if x}}y{{/if}}', 'café ☕ 👋🏽', '---'];
const MEDIA: PromptMedia[] = [
  { url: `sha256:${'c'.repeat(64)}`, contentType: 'image/png', name: 'a.png', size: 1 },
  { url: 'https://example.com/x.pdf', contentType: 'application/pdf', citations: false, title: 'quote " and \\ slash\\', context: 'two\nlines', pages: 0 },
];

function roundTrip(body: PromptSection[]): PromptSection[] {
  const parsed = parseBody(serializeBody(body));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.body;
}

describe('parseBody ⇄ serializeBody', () => {
  it.each(TEXTS)('keeps the text %j exactly in every position and role, with and without media', (text) => {
    const body: PromptSection[] = [
      { role: 'system', text, media: [], cache: '1h' },
      { role: 'user', text, media: [] },
      { role: 'user', text, media: MEDIA, cache: '5m' },
      { role: 'model', text, media: [] },
      { role: 'tool', text, media: [], toolCallId: 'toolu_1', toolName: 'get "it"', isError: true },
      { role: 'user', text, media: [] },
    ];
    expect(roundTrip(body)).toEqual(body);
    expect(roundTrip([{ role: 'model', text, media: [] }])).toEqual([{ role: 'model', text, media: [] }]);
  });

  it('writes a lone plain user text without a tag, and reads it back the same', () => {
    expect(serializeBody([{ role: 'user', text: 'Hello {{name}}', media: [], implicit: true }])).toBe('Hello {{name}}\n');
    expect(parseBody('Hello {{name}}\n')).toEqual({ ok: true, body: [{ role: 'user', text: 'Hello {{name}}', media: [], implicit: true }] });
  });

  it.each([
    ['', []],
    ['  \n\t\n', []],
    ['\n{{role "user"}}\nHi\n', [{ role: 'user', text: 'Hi', media: [] }]],
    ['Before\n{{role "model"}}\nAfter\n', [{ role: 'user', text: 'Before', media: [], implicit: true }, { role: 'model', text: 'After', media: [] }]],
    ['{{role "user"}}Look {{media url="u" contentType="image/png"}} here', [{ role: 'user', text: 'Look  here', media: [{ url: 'u', contentType: 'image/png' }] }]],
    ["{{~ role 'user' ~}}\nx", [{ role: 'user', text: 'x', media: [] }]],
  ])('reads %j', (text, body) => {
    expect(parseBody(text)).toEqual({ ok: true, body });
  });

  it.each([
    ['{{role "assistant"}}', 'Unknown role "assistant"', 7],
    ['{{role}}', 'names its role', 0],
    ['{{role "user" "model"}}', 'takes one role', 14],
    ['{{role "user" toolName="x"}}', 'belongs on a tool section', 14],
    ['{{role "user" cache="2h"}}', 'cache must be', 14],
    ['{{role "user" colour="red"}}', 'Unknown attribute "colour"', 14],
    ['{{media contentType="image/png"}}', 'needs a url', 0],
    ['{{media url="a" url="b"}}', 'appears twice', 16],
    ['{{media url="a" size=1.5}}', 'whole number', 16],
    ['{{media url="a" citations="yes"}}', 'must be a boolean', 16],
    ['{{media "a"}}', 'key=value arguments', 8],
    ['{{media url=a}}', 'Unexpected text', 12],
    ['{{media url="a}}', 'Unexpected text', 12],
    ['x\n{{media url="a"', 'not closed', 2],
  ])('refuses %j: %s (offset %i)', (text, message, offset) => {
    const parsed = parseBody(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.message).toContain(message);
    expect(parsed.error.offset).toBe(offset);
  });
});

describe('scanBodyTags', () => {
  it('reads strings with escapes, numbers and booleans, and skips other helpers and escaped tags', () => {
    const scanned = scanBodyTags('{{x}} \\{{role "no"}} {{media url="a\\"b\\\\c" size=12 citations=false title=\'it\\\'s\'}}');
    expect(scanned).toMatchObject({ ok: true, tags: [{ helper: 'media', hash: [{ key: 'url', value: 'a"b\\c' }, { key: 'size', value: 12 }, { key: 'citations', value: false }, { key: 'title', value: "it's" }] }] });
  });

  it('does not take a variable that starts with a helper name for a tag', () => {
    expect(scanBodyTags('{{roles}} {{mediaType}}')).toEqual({ ok: true, tags: [] });
  });
});
