import { Document } from 'yaml';
import { serializeBody } from './body';
import { DOTPROMPT_KEYS, DUET_KEYS } from './front-matter-schema';
import type { JsonText, PaneSpec, PromptFile, PromptFork } from './types';

/** Writes a `.prompt` file that parsePromptFile reads back to the same PromptFile. */
export function serializePromptFile(file: PromptFile): string {
  const entries = orderEntries(frontMatterEntries(file), file.keyOrder);
  const body = serializeBody(file.body);
  const text = entries.length === 0 && !body.startsWith('---') ? body : `---\n${yamlOf(Object.fromEntries(entries))}---\n${body}`;
  return file.lineEnding === '\r\n' ? text.replace(/\n/g, '\r\n') : text;
}

/** The file's top-level front-matter keys in the order serializePromptFile writes them. */
export function frontMatterKeys(file: PromptFile): string[] {
  return orderEntries(frontMatterEntries(file), file.keyOrder).map(([key]) => key);
}

function frontMatterEntries(file: PromptFile): [string, unknown][] {
  const entries: [string, unknown][] = [];
  for (const key of DOTPROMPT_KEYS) if (file[key] !== undefined) entries.push([key, file[key]]);
  entries.push(...Object.entries(file.extra));
  for (const key of DUET_KEYS) {
    const value = file.duet[key];
    if (value !== undefined) entries.push([`duet.${key}`, duetValue(key, value)]);
  }
  for (const [ns, fields] of Object.entries(file.ext)) for (const [field, value] of Object.entries(fields)) entries.push([`${ns}.${field}`, value]);
  return entries;
}

function duetValue(key: string, value: unknown): unknown {
  if (key === 'tools' || key === 'schema') return fromJsonText(value as JsonText);
  if (key === 'fork') return forkValue(value as PromptFork);
  if (key === 'panes') return (value as PaneSpec[]).map(paneValue);
  return value;
}

function paneValue({ fork, tools, schema, ...rest }: PaneSpec): Record<string, unknown> {
  return {
    ...rest,
    ...(tools ? { tools: fromJsonText(tools) } : {}),
    ...(schema ? { schema: fromJsonText(schema) } : {}),
    ...(fork ? { fork: forkValue(fork) } : {}),
  };
}

function forkValue(fork: PromptFork): Record<string, unknown> {
  return {
    template: serializeBody(fork.body),
    ...(fork.turns.length > 0 ? { turns: fork.turns } : {}),
    ...(Object.keys(fork.values).length > 0 ? { values: fork.values } : {}),
  };
}

const fromJsonText = (value: JsonText): unknown => ('json' in value ? value.json : value.text);

/** Keys in the order the file had them, then new keys in Duet's order. */
function orderEntries(entries: [string, unknown][], keyOrder: readonly string[]): [string, unknown][] {
  const rank = (key: string): number => {
    const at = keyOrder.indexOf(key);
    return at === -1 ? Number.MAX_SAFE_INTEGER : at;
  };
  return entries.map((entry, i) => ({ entry, i })).sort((a, b) => rank(a.entry[0]) - rank(b.entry[0]) || a.i - b.i).map(({ entry }) => entry);
}

function yamlOf(data: Record<string, unknown>): string {
  // lineWidth 0: long strings stay on one line, so a changed word changes one line of the file.
  return new Document(data, { aliasDuplicateObjects: false }).toString({ lineWidth: 0 });
}
