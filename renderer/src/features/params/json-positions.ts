/**
 * A small JSON reader that remembers where every value starts, so errors in a
 * hand-written tools list or schema can point at a line and column (JSON.parse
 * reports positions only in engine-specific wording).
 */

export interface JsonPosition {
  line: number;
  column: number;
}

export type JsonRead =
  | { ok: true; value: unknown; /** Start offset of each value by its path ("" is the root, "0.function.name"). */ offsets: Map<string, number> }
  | { ok: false; message: string; offset: number };

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** 1-based line and column of an offset in text. */
export function positionAt(text: string, offset: number): JsonPosition {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

export function readJson(text: string): JsonRead {
  const offsets = new Map<string, number>();
  const reader = new Reader(text, offsets);
  try {
    reader.skipSpace();
    const value = reader.value('');
    reader.skipSpace();
    if (reader.index < text.length) throw new JsonSyntaxError('unexpected text after the JSON value', reader.index);
    return { ok: true, value, offsets };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, message: error.message, offset: error.offset };
    throw error;
  }
}

const LITERALS: readonly [string, unknown][] = [
  ['true', true],
  ['false', false],
  ['null', null],
];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Reader {
  index = 0;
  constructor(
    private readonly text: string,
    private readonly offsets: Map<string, number>,
  ) {}

  skipSpace(): void {
    while (this.index < this.text.length && ' \t\n\r'.includes(this.text[this.index] ?? '')) this.index += 1;
  }

  value(path: string): unknown {
    this.offsets.set(path, this.index);
    const char = this.text[this.index];
    if (char === undefined) throw new JsonSyntaxError('the JSON ends too early', this.index);
    if (char === '{') return this.object(path);
    if (char === '[') return this.array(path);
    if (char === '"') return this.string();
    for (const [word, literal] of LITERALS) {
      if (this.text.startsWith(word, this.index)) {
        this.index += word.length;
        return literal;
      }
    }
    NUMBER.lastIndex = this.index;
    const number = NUMBER.exec(this.text);
    if (number) {
      this.index += number[0].length;
      return Number(number[0]);
    }
    throw new JsonSyntaxError(`unexpected character ${JSON.stringify(char)}`, this.index);
  }

  private object(path: string): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    this.index += 1;
    this.skipSpace();
    if (this.text[this.index] === '}') {
      this.index += 1;
      return result;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.index] !== '"') throw new JsonSyntaxError('expected a property name in double quotes', this.index);
      const key = this.string();
      this.skipSpace();
      this.expect(':', 'expected ":" after a property name');
      this.skipSpace();
      result[key] = this.value(path === '' ? key : `${path}.${key}`);
      if (this.endOf('}', 'expected "," or "}" after a property value')) return result;
    }
  }

  private array(path: string): unknown[] {
    const result: unknown[] = [];
    this.index += 1;
    this.skipSpace();
    if (this.text[this.index] === ']') {
      this.index += 1;
      return result;
    }
    for (;;) {
      this.skipSpace();
      result.push(this.value(path === '' ? String(result.length) : `${path}.${result.length}`));
      if (this.endOf(']', 'expected "," or "]" after an array item')) return result;
    }
  }

  /** After an item: true at the closing bracket, false after a comma. */
  private endOf(close: string, message: string): boolean {
    this.skipSpace();
    const char = this.text[this.index];
    this.index += 1;
    if (char === close) return true;
    if (char === ',') return false;
    throw new JsonSyntaxError(message, this.index - 1);
  }

  private expect(char: string, message: string): void {
    if (this.text[this.index] !== char) throw new JsonSyntaxError(message, this.index);
    this.index += 1;
  }

  private string(): string {
    const start = this.index;
    this.index += 1;
    while (this.index < this.text.length) {
      const char = this.text[this.index];
      if (char === '"') {
        this.index += 1;
        try {
          return JSON.parse(this.text.slice(start, this.index)) as string;
        } catch {
          throw new JsonSyntaxError('invalid escape or control character in a string', start);
        }
      }
      if (char === '\n') break;
      this.index += char === '\\' ? 2 : 1;
    }
    throw new JsonSyntaxError('unterminated string', start);
  }
}
