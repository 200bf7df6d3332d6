/**
 * A deterministic long markdown answer (about 1 MB) cut into a fixed number of deltas, the way a
 * model streams: headings, paragraphs with inline markup, bullet and numbered lists, code fences
 * and the odd table, cut at arbitrary points (inside words, fences and lines alike).
 */
const WORDS = 'the gateway streams each delta as it arrives so the renderer must keep up with long answers without dropping frames or growing memory while the user reads and scrolls'.split(' ');

function sentence(seed: number, length: number): string {
  const words = Array.from({ length }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length] ?? 'word');
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function section(n: number): string {
  const paragraph = (k: number) => [sentence(n + k, 18), `It uses \`code_${n}\` and **bold ${k}** with a [link](https://example.com/${n}).`, sentence(n + k + 1, 22)].join(' ');
  const code = ['```ts', `export function step${n}(input: number): number {`, `  const doubled = input * 2; // section ${n}`, '', '  return doubled + 1;', '}', '```'].join('\n');
  const list = [1, 2, 3, 4].map((k) => `- ${sentence(n * k, 9)}`).join('\n');
  const numbered = [1, 2, 3].map((k) => `${k}. ${sentence(n + k * 3, 7)}`).join('\n');
  const table = n % 5 === 0 ? `\n\n| step | value |\n|---|---|\n| ${n} | ${n * 2} |\n| ${n + 1} | ${n * 2 + 2} |` : '';
  return `## Section ${n}\n\n${paragraph(1)}\n\n${list}\n\n${paragraph(2)}\n\n${code}\n\n${numbered}${table}\n\n`;
}

/** About `bytes` characters of markdown (all ASCII, so characters are bytes). */
export function markdownCorpus(bytes: number): string {
  const parts: string[] = ['# A long answer\n\n'];
  let length = parts[0]?.length ?? 0;
  for (let n = 1; length < bytes; n++) {
    const next = section(n);
    parts.push(next);
    length += next.length;
  }
  return parts.join('').slice(0, bytes);
}

/** `count` consecutive pieces of `text`, as even as the length allows; joined they are `text`. */
export function cutIntoDeltas(text: string, count: number): string[] {
  const deltas: string[] = [];
  for (let i = 0; i < count; i++) deltas.push(text.slice(Math.floor((i * text.length) / count), Math.floor(((i + 1) * text.length) / count)));
  return deltas;
}
