/** How one path differs between two JSON values. */
export type JsonDiffKind = 'added' | 'removed' | 'changed' | 'unchanged';

/** One row of a key-by-key JSON diff; `left` and `right` are the values as compact JSON text. */
export interface JsonDiffRow {
  /** JSONPath-like: `$` is the root, then `.key`, `["odd key"]` or `[index]`. */
  path: string;
  kind: JsonDiffKind;
  left?: string;
  right?: string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function keyPath(parent: string, key: string): string {
  return IDENTIFIER.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

const text = (value: unknown): string => JSON.stringify(value) ?? String(value);

function isEmptyContainer(value: unknown): boolean {
  return Array.isArray(value) ? value.length === 0 : isRecord(value) && Object.keys(value).length === 0;
}

function diffAt(path: string, left: unknown, right: unknown, rows: JsonDiffRow[]): void {
  const bothArrays = Array.isArray(left) && Array.isArray(right);
  const bothRecords = isRecord(left) && isRecord(right);
  // Two empty containers of the same kind have no keys to compare: one row says they match.
  if ((bothArrays || bothRecords) && isEmptyContainer(left) && isEmptyContainer(right)) {
    rows.push({ path, kind: 'unchanged', left: text(left), right: text(right) });
  } else if (bothArrays) {
    for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
      compareChild(`${path}[${index}]`, index < left.length, left[index], index < right.length, right[index], rows);
    }
  } else if (bothRecords) {
    const keys = [...Object.keys(left), ...Object.keys(right).filter((key) => !Object.hasOwn(left, key))];
    for (const key of keys) compareChild(keyPath(path, key), Object.hasOwn(left, key), left[key], Object.hasOwn(right, key), right[key], rows);
  } else {
    const same = text(left) === text(right);
    rows.push({ path, kind: same ? 'unchanged' : 'changed', left: text(left), right: text(right) });
  }
}

function compareChild(path: string, inLeft: boolean, left: unknown, inRight: boolean, right: unknown, rows: JsonDiffRow[]): void {
  if (inLeft && inRight) diffAt(path, left, right, rows);
  else if (inLeft) rows.push({ path, kind: 'removed', left: text(left) });
  else rows.push({ path, kind: 'added', right: text(right) });
}

/**
 * Compares two parsed JSON values key by key (objects by key, in the left's order then the right's
 * new keys; arrays by index). Leaves get a row each; a key on one side only gets one row with its
 * whole value; values of different shapes (object against array or text) are one changed row.
 */
export function diffJson(left: unknown, right: unknown): JsonDiffRow[] {
  const rows: JsonDiffRow[] = [];
  diffAt('$', left, right, rows);
  return rows;
}

/** How many rows differ (added, removed or changed). */
export function countDifferences(rows: readonly JsonDiffRow[]): number {
  return rows.filter((row) => row.kind !== 'unchanged').length;
}
