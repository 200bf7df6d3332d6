import { describe, expect, it } from 'vitest';
import { fileMarker, fillMarkers, markersIn, splitMarkers, variableMarker } from './markers';

const ID = 'ab'.repeat(32);

describe('splitMarkers', () => {
  it.each([
    ['plain text', 'Hello', [{ kind: 'text', text: 'Hello' }]],
    ['empty string', '', [{ kind: 'text', text: '' }]],
    ['a variable inside text', `Hi ${variableMarker('user.name')}!`, [{ kind: 'text', text: 'Hi ' }, { kind: 'variable', name: 'user.name' }, { kind: 'text', text: '!' }]],
    ['a data URL around a file', `data:image/png;base64,${fileMarker(ID)}`, [{ kind: 'text', text: 'data:image/png;base64,' }, { kind: 'file', id: ID }]],
    ['two variables back to back', `${variableMarker('a')}${variableMarker('b')}`, [{ kind: 'variable', name: 'a' }, { kind: 'variable', name: 'b' }]],
  ])('%s', (_name, value, segments) => {
    expect(splitMarkers(value)).toEqual(segments);
  });
});

describe('file markers', () => {
  it('are valid base64 that decodes and encodes back unchanged, as the translation needs', () => {
    expect(Buffer.from(Buffer.from(fileMarker(ID), 'base64')).toString('base64')).toBe(fileMarker(ID));
  });
});

describe('markersIn and fillMarkers', () => {
  const body = { system: `Be ${variableMarker('tone')}`, messages: [{ content: [{ data: fileMarker(ID) }, { text: variableMarker('tone') }] }], n: 1 };

  it('finds every variable and file at any depth', () => {
    const found = markersIn(body);
    expect([...found.variables]).toEqual(['tone']);
    expect([...found.files]).toEqual([ID]);
  });

  it('fills variables with their values and files with what the caller gives, leaving other values alone', () => {
    expect(fillMarkers(body, { tone: 'brief' }, (id) => `<${id.slice(0, 4)}>`)).toEqual({
      system: 'Be brief',
      messages: [{ content: [{ data: '<abab>' }, { text: 'brief' }] }],
      n: 1,
    });
  });
});
