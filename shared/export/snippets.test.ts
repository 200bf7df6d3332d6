import { describe, expect, it } from 'vitest';
import { fileMarker, variableMarker } from './markers';
import { generateSnippets, type SnippetBodies } from './snippets';
import { SNIPPET_FLAVOURS, type SnippetFlavour } from './types';

const ID = 'ef'.repeat(32);

function bodies(overrides: Partial<SnippetBodies> = {}): SnippetBodies {
  return {
    anthropic: { body: { model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }], stream: true }, betas: [] },
    gateway: { body: { model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: 'Hi' }], stream: true, top_k: 5 } },
    stream: true,
    files: {},
    inlineBytes: 0,
    ...overrides,
  };
}

const byFlavour = (input: SnippetBodies) => Object.fromEntries(generateSnippets(input).map((snippet) => [snippet.flavour, snippet])) as Record<SnippetFlavour, ReturnType<typeof generateSnippets>[number]>;

describe('generateSnippets', () => {
  it('gives every flavour, in tab order, each naming the model and the variable to set, never a key', () => {
    const snippets = generateSnippets(bodies());
    expect(snippets.map((snippet) => snippet.flavour)).toEqual([...SNIPPET_FLAVOURS]);
    for (const snippet of snippets) {
      expect(snippet.code).toContain('claude-sonnet-5-5');
      expect(snippet.code).toContain(snippet.envVar);
      expect(snippet.code).not.toMatch(/sk-ant-/);
    }
  });

  it.each<[SnippetFlavour, string, string]>([
    ['anthropic-curl', 'curl -sSN', '"stream": true'],
    ['anthropic-python', 'for event in stream:', 'stream=True'],
    ['anthropic-typescript', 'for await (const event of stream)', 'stream: true'],
    ['gateway-python', 'for chunk in stream:', 'stream=True'],
    ['gateway-typescript', 'ChatCompletionCreateParamsStreaming', 'stream: true'],
    ['gateway-curl', 'curl -sSN', '"stream": true'],
  ])('%s streams when asked to, and not otherwise', (flavour, streaming, field) => {
    expect(byFlavour(bodies())[flavour].code).toContain(streaming);
    expect(byFlavour(bodies())[flavour].code).toContain(field);
    const off = bodies({ stream: false, anthropic: { body: { model: 'claude-sonnet-5-5', stream: false }, betas: [] }, gateway: { body: { model: 'claude-sonnet-5-5', stream: false } } });
    expect(byFlavour(off)[flavour].code).not.toContain(streaming);
  });

  it.each<[SnippetFlavour, string]>([
    ['anthropic-curl', '-H "anthropic-beta: files-api-2025-04-14,other"'],
    ['anthropic-python', 'extra_headers={"anthropic-beta": "files-api-2025-04-14,other"}'],
    ['anthropic-typescript', '{ headers: { "anthropic-beta": "files-api-2025-04-14,other" } }'],
  ])('%s sends the beta header', (flavour, header) => {
    const withBetas = bodies({ anthropic: { body: { model: 'claude-sonnet-5-5' }, betas: ['files-api-2025-04-14', 'other'] } });
    expect(byFlavour(withBetas)[flavour].code).toContain(header);
    expect(byFlavour(bodies())[flavour].code).not.toContain('anthropic-beta');
  });

  it('puts Duet extension fields in extra_body for the OpenAI Python SDK', () => {
    const code = byFlavour(bodies())['gateway-python'].code;
    expect(code).toContain('extra_body={\n        "top_k": 5,\n    },');
    expect(code).not.toMatch(/^ {4}top_k=/m);
  });

  it('reads attachments from their paths when asked, and says so', () => {
    const files = { [ID]: { path: '/data/attachments/' + ID, name: 'report.pdf', mime: 'application/pdf', size: 2048 } };
    const input = bodies({
      files,
      anthropic: { body: { model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: fileMarker(ID) } }] }] }, betas: [] },
      gateway: { body: { model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: [{ type: 'file', file: { file_data: `data:application/pdf;base64,${fileMarker(ID)}` } }] }] } },
    });
    const snippets = byFlavour(input);
    expect(snippets['anthropic-python'].code).toContain(`"data": file_base64("/data/attachments/${ID}")`);
    expect(snippets['anthropic-typescript'].code).toContain(`data: fileBase64("/data/attachments/${ID}")`);
    expect(snippets['gateway-typescript'].code).toContain(`file_data: "data:application/pdf;base64," + fileBase64("/data/attachments/${ID}")`);
    expect(snippets['anthropic-curl'].code).toContain(`base64 < '/data/attachments/${ID}' | tr -d '\\n'`);
    expect(snippets['gateway-curl'].notes).toContain(`Reads report.pdf (/data/attachments/${ID}) when run.`);
    for (const snippet of Object.values(snippets)) expect(snippet.code).not.toContain('DUETFILE');
  });

  it('notes how much base64 an inlined snippet carries', () => {
    expect(byFlavour(bodies({ inlineBytes: 3 * 1024 * 1024 }))['anthropic-curl'].notes).toContain('The attachments are inlined as 3.0 MB of base64.');
  });

  it('keeps the template as a function of its variables, except in cURL, which sends the values', () => {
    const system = `You are ${variableMarker('persona')}.`;
    const input = bodies({
      variables: { persona: 'a pirate' },
      anthropic: { body: { model: 'claude-sonnet-5-5', system: [{ type: 'text', text: system }] }, betas: [] },
      gateway: { body: { model: 'claude-sonnet-5-5', messages: [{ role: 'system', content: system }] } },
    });
    const snippets = byFlavour(input);
    expect(snippets['anthropic-python'].code).toContain('"text": render("You are {{persona}}.")');
    expect(snippets['anthropic-python'].code).toContain('"persona": "a pirate"');
    expect(snippets['gateway-typescript'].code).toContain('content: render("You are {{persona}}.")');
    expect(snippets['anthropic-curl'].code).toContain('"text": "You are a pirate."');
    expect(snippets['gateway-curl'].notes).toContain('cURL has no template step: the variables are sent with their current values.');
  });
});
