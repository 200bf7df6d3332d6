/// <reference types="vite/client" />
// Fixtures are read with import.meta.glob: shared/ code (tests included) has no node:fs.
import { Dotprompt } from 'dotprompt';
import { describe, expect, it } from 'vitest';
import { parsePromptFile, serializePromptFile } from './index';

const fixtures = import.meta.glob('./fixtures/*.prompt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const fixture = (name: string): string => fixtures[`./fixtures/${name}`] ?? '';

/** What Duet writes, read by the reference implementation (the dotprompt package, test-only here). */
function written(name: string): string {
  const parsed = parsePromptFile(fixture(name));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return serializePromptFile(parsed.file);
}

describe('files Duet writes, read by Dotprompt', () => {
  it('collects the duet.* keys under ext.duet and keeps the Dotprompt keys', () => {
    const parsed = new Dotprompt().parse(written('thinking-cache-citations-betas.prompt'));
    expect(parsed.model).toBe('claude-opus-4-1');
    expect(parsed.config).toEqual({ maxOutputTokens: 8000 });
    expect(parsed.ext?.duet).toMatchObject({ thinking: { type: 'budget', budgetTokens: 4000 }, betas: ['context-1m-2025-08-07', 'files-api-2025-04-14'] });
  });

  it('files namespaced keys of a hand-written file under the same namespaces as Dotprompt', () => {
    const ours = parsePromptFile(fixture('upstream-dotprompt.prompt'));
    const theirs = new Dotprompt().parse(fixture('upstream-dotprompt.prompt'));
    expect(ours.ok && ours.file.ext).toEqual(theirs.ext);
    expect(ours.ok && ours.file.extra).toEqual({ metadata: theirs.raw?.metadata, raw: theirs.raw?.raw });
  });

  it('renders the role sections and media tags as messages and media parts', async () => {
    const rendered = await new Dotprompt().render(written('attachments.prompt'), {});
    expect(rendered.messages.map((message) => message.role)).toEqual(['user', 'user']);
    const parts = rendered.messages.flatMap((message) => message.content);
    expect(parts.filter((part) => 'media' in part)).toEqual([
      { media: { url: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), contentType: 'image/png' } },
      { media: { url: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), contentType: 'application/pdf' } },
      { media: { url: expect.stringMatching(/^sha256:[0-9a-f]{64}$/), contentType: 'image/png' } },
    ]);
    expect(parts.find((part) => 'text' in part)).toEqual({ text: expect.stringContaining('Describe the chart') });
  });

  it('renders system, user and model turns with their variables', async () => {
    const rendered = await new Dotprompt().render(written('variables-picoschema.prompt'), { input: { topic: 'owls', audience: 'children', length: 2 } });
    expect(rendered.messages.map((message) => [message.role, message.content.map((part) => ('text' in part ? part.text : '')).join('').trim()])).toEqual([
      ['system', 'Write for children.'],
      ['user', 'Summarise what we know about owls in 2 sentences.'],
    ]);
  });
});
