import { describe, expect, it } from 'vitest';
import type { AttachmentRef } from '../../../../shared/chat/attachment';
import { runRequestSchema } from '../../../../shared/contract/run-request';
import { attachmentPart, buildRequest, describeBlocked } from './build-request';
import type { PanePrompt } from './store';

const prompt = (over: Partial<PanePrompt>): PanePrompt => ({ model: 'm', system: '', user: 'Hi', values: {}, ...over });

describe('buildRequest', () => {
  it('sends plain prompts unchanged and leaves out an empty system prompt', () => {
    expect(buildRequest(prompt({ system: '  ' }))).toEqual({
      ok: true,
      request: { model: 'm', messages: [{ role: 'user', content: 'Hi' }], stream: true, stream_options: { include_usage: true } },
    });
  });

  it('fills variables in the system prompt and the user message, verbatim', () => {
    const result = buildRequest(prompt({ system: 'You are {{persona}}.', user: 'On {{topic}}: {{x}}', values: { persona: 'a poet', topic: '{{x}} $&', x: '' } }));
    expect(result.ok && result.request.messages).toEqual([
      { role: 'system', content: 'You are a poet.' },
      { role: 'user', content: 'On {{x}} $&: ' },
    ]);
  });

  it('refuses with every missing variable once, across both texts', () => {
    const result = buildRequest(prompt({ system: '{{a}} {{b}}', user: '{{b}} {{c}}', values: { b: '' } }));
    expect(result).toEqual({ ok: false, missing: ['a', 'c'], problems: [] });
  });

  it('refuses with template problems, naming the field and line', () => {
    const result = buildRequest(prompt({ user: 'ok\n{{}}', values: {} }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(({ field, problem }) => [field, problem.kind, problem.line])).toEqual([['User message', 'empty', 2]]);
    expect(describeBlocked(result)[0]).toMatch(/^User message, line 2: /);
  });

  it('describes missing variables in one line', () => {
    expect(describeBlocked({ missing: ['a', 'b'], problems: [] })).toEqual(['Missing variables: a, b. Give each a value in Variables.']);
    expect(describeBlocked({ missing: ['a'], problems: [] })).toEqual(['Missing variable: a. Give each a value in Variables.']);
  });
});

describe('buildRequest with attachments', () => {
  const png: AttachmentRef = { id: 'a'.repeat(64), name: 'a.png', mime: 'image/png', size: 10 };
  const pdf: AttachmentRef = { id: 'b'.repeat(64), name: 'b.pdf', mime: 'application/pdf', size: 99, pages: 2 };

  it('sends the user message as text then one reference per file, which runs.start accepts', () => {
    const result = buildRequest(prompt({ user: 'Compare', attachments: [png, { ...pdf, citations: true, title: ' Report ', context: '' }] }));
    if (!result.ok) throw new Error('blocked');
    expect(result.request.messages).toEqual([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Compare' },
          { type: 'duet_attachment', attachment: { id: png.id, name: 'a.png' } },
          { type: 'duet_attachment', attachment: { id: pdf.id, name: 'b.pdf' }, citations: { enabled: true }, title: 'Report' },
        ],
      },
    ]);
    expect(runRequestSchema.safeParse(result.request).success).toBe(true);
  });

  it('keeps a plain string when nothing is attached', () => {
    const result = buildRequest(prompt({ attachments: [] }));
    expect(result.ok && result.request.messages).toEqual([{ role: 'user', content: 'Hi' }]);
  });

  it.each([
    ['an image ignores document options', { ...png, citations: true, title: 'x' }, { type: 'duet_attachment', attachment: { id: png.id, name: 'a.png' } }],
    ['a PDF with citations off sends none', { ...pdf, citations: false, context: ' Q3 ' }, { type: 'duet_attachment', attachment: { id: pdf.id, name: 'b.pdf' }, context: 'Q3' }],
  ])('%s', (_case, ref, part) => expect(attachmentPart(ref as AttachmentRef)).toEqual(part));
});

