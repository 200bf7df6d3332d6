import { inflateSync } from 'node:zlib';

export type PdfInfo = { ok: true; pages: number } | { ok: false; problem: 'corrupt' | 'encrypted'; detail: string };

/**
 * Page count and readability of a PDF, read from its structure without rendering it:
 * the page tree's /Count (also inside compressed object streams), the trailer's /Encrypt,
 * and the end-of-file marker that a truncated download lacks.
 */
export function readPdfInfo(bytes: Uint8Array): PdfInfo {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!text.slice(0, 1024).includes('%PDF-')) return { ok: false, problem: 'corrupt', detail: 'it has no PDF header' };
  if (!text.slice(-1024).includes('%%EOF')) return { ok: false, problem: 'corrupt', detail: 'it ends early (no end-of-file marker), so it looks truncated' };
  if (/\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/.test(text)) return { ok: false, problem: 'encrypted', detail: 'it is encrypted (password-protected)' };
  const sources = [text, ...objectStreams(text)];
  const pages = pageTreeCount(sources) ?? countPageObjects(sources);
  if (pages === 0) return { ok: false, problem: 'corrupt', detail: 'no pages could be found in it' };
  return { ok: true, pages };
}

/** The root of the page tree holds the largest /Count of all /Pages nodes. */
function pageTreeCount(sources: string[]): number | undefined {
  let best: number | undefined;
  for (const source of sources) {
    for (const dict of dictionariesOfType(source, 'Pages')) {
      const count = /\/Count\s+(\d+)/.exec(dict);
      if (count) best = Math.max(best ?? 0, Number(count[1]));
    }
  }
  return best;
}

function countPageObjects(sources: string[]): number {
  return sources.reduce((sum, source) => sum + (source.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0), 0);
}

/** The text of each `<< … >>` that contains `/Type /<type>` (nesting is flat enough in page nodes). */
function dictionariesOfType(source: string, type: string): string[] {
  const found: string[] = [];
  const marker = new RegExp(`/Type\\s*/${type}(?![A-Za-z])`, 'g');
  for (const match of source.matchAll(marker)) {
    const start = source.lastIndexOf('<<', match.index);
    const end = source.indexOf('>>', match.index);
    if (start >= 0 && end > start) found.push(source.slice(start, end));
  }
  return found;
}

/** PDF 1.5+ may keep the page tree in compressed object streams: inflate those. */
function objectStreams(text: string): string[] {
  const streams: string[] = [];
  for (const match of text.matchAll(/\/Type\s*\/ObjStm/g)) {
    const keyword = text.indexOf('stream', match.index);
    if (keyword < 0) continue;
    const dataStart = keyword + (text.startsWith('stream\r\n', keyword) ? 8 : 7);
    const dataEnd = text.indexOf('endstream', dataStart);
    if (dataEnd < 0) continue;
    try {
      streams.push(inflateSync(Buffer.from(text.slice(dataStart, dataEnd), 'latin1')).toString('latin1'));
    } catch {
      // A stream that does not inflate adds nothing; the rest of the file still counts.
    }
  }
  return streams;
}
