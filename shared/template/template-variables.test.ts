import { describe, expect, it } from 'vitest';
import { templateVariables } from './template-variables';

describe('templateVariables', () => {
  it.each<[string, string[], string[]]>([
    ['no texts', [], []],
    ['one text', ['{{b}} {{a}}'], ['b', 'a']],
    ['distinct, in first-appearance order across texts', ['You are {{role}}.', 'Hi {{name}}, {{role}} here', '{{topic}} {{name}}'], ['role', 'name', 'topic']],
    ['whitespace does not make a new name', ['{{a}}', '{{ a }}'], ['a']],
    ['names are case-sensitive', ['{{a}} {{A}}'], ['a', 'A']],
    ['escaped and broken placeholders are not variables', ['\\{{x}} {{}} {{1y}} {{{z}}} {{w', '{{ok}}'], ['ok']],
    ['unicode names', ['{{名前}} {{ñ_1}}'], ['名前', 'ñ_1']],
  ])('%s', (_label, texts, expected) => {
    expect(templateVariables(texts)).toEqual(expected);
  });
});
