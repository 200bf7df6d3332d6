/** A text run of a PDF page as pdf.js reports it (the fields used here). */
export interface PageTextItem {
  str: string;
  hasEOL?: boolean;
  /** [a, b, c, d, e, f]: (e, f) is the run's baseline origin in PDF user space. */
  transform: number[];
  width: number;
  height: number;
}

/** A highlight over the page, in fractions of its width and height from the top left. */
export interface HighlightBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

const normalize = (char: string) => (/\s/.test(char) ? ' ' : char.toLowerCase());

/**
 * The text runs that hold the quoted passage, compared with whitespace collapsed and case
 * ignored (runs join with a space at line ends). Empty when the page does not contain the quote.
 */
export function findQuoteItems(items: readonly Pick<PageTextItem, 'str' | 'hasEOL'>[], quote: string): number[] {
  const wanted = quote.trim().replace(/\s+/g, ' ').toLowerCase();
  if (wanted === '') return [];
  let text = '';
  const owner: number[] = [];
  const push = (char: string, item: number) => {
    const c = normalize(char);
    if (c === ' ' && (text === '' || text.endsWith(' '))) return;
    text += c;
    owner.push(item);
  };
  items.forEach((item, index) => {
    for (const char of item.str) push(char, index);
    if (item.hasEOL) push(' ', index);
  });
  const at = text.indexOf(wanted);
  if (at < 0) return [];
  return [...new Set(owner.slice(at, at + wanted.length))].filter((index) => (items[index]?.str.trim() ?? '') !== '');
}

/**
 * Where a text run sits on the page, for a viewport of the given size whose `toViewport` maps
 * PDF user space to it (pdf.js's `viewport.convertToViewportRectangle`).
 */
export function itemBox(item: PageTextItem, toViewport: (rect: number[]) => number[], viewportWidth: number, viewportHeight: number): HighlightBox {
  const x = item.transform[4] ?? 0;
  const y = item.transform[5] ?? 0;
  // Baseline to the font's height above it; a little below the baseline for descenders.
  const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = toViewport([x, y - item.height * 0.2, x + item.width, y + item.height]);
  return {
    left: Math.min(x1, x2) / viewportWidth,
    top: Math.min(y1, y2) / viewportHeight,
    width: Math.abs(x2 - x1) / viewportWidth,
    height: Math.abs(y2 - y1) / viewportHeight,
  };
}
