import type { Document } from 'yaml';
import { parseBody } from './body';
import { emptyPromptFile } from './empty-prompt-file';
import { classifyKey, readFrontMatter, splitFrontMatter } from './front-matter';
import type { RawFork, RawPaneSpec } from './front-matter-schema';
import { nodeOffset, offsetInScalar, positionAt } from './locate';
import type { JsonText, ModelTurn, PaneSpec, ParsePromptFileResult, PromptFile, PromptFork, PromptSection } from './types';

/**
 * Reads a `.prompt` file. Never throws: a problem comes back with its line and column in the file.
 *
 * Written on the `yaml` package rather than the `dotprompt` package: dotprompt 1.1.2 exports no
 * front-matter parser of its own (only the Dotprompt class, which pulls in Handlebars), swallows
 * YAML errors (logs them and treats the whole file as template), keeps no positions and cannot
 * write a file back. Its rules are followed: the same `---` framing, reserved keys, and `a.b`
 * keys collected as namespace `a`, field `b`.
 */
export function parsePromptFile(source: string): ParsePromptFileResult {
  const lineEnding = source.includes('\r\n') ? '\r\n' : '\n';
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const fail = (message: string, offset: number): ParsePromptFileResult => ({ ok: false, error: { message, ...positionAt(text, offset) } });
  const split = splitFrontMatter(text);
  if (!split.ok) return fail(split.error.message, split.error.offset);
  const { front, body } = split.split;
  const file: PromptFile = { ...emptyPromptFile(), lineEnding };
  const parsedBody = parseBody(body.text);
  if (!parsedBody.ok) return fail(parsedBody.error.message, body.start + parsedBody.error.offset);
  file.body = parsedBody.body;
  if (!front) return { ok: true, file };
  const read = readFrontMatter(front.text);
  if (!read.ok) return fail(read.error.message, front.start + read.error.offset);
  const { doc, entries } = read.front;
  const at = (path: PropertyKey[], inner?: number) => front.start + (inner === undefined ? nodeOffset(doc, path) : offsetInScalar(doc, front.text, path, inner));
  for (const [key, value] of entries) {
    file.keyOrder.push(key);
    const problem = placeEntry(file, key, value, { doc, at });
    if (problem) return fail(problem.message, problem.offset);
  }
  const turnsProblem = checkTurns(file.body, file.duet.turns ?? [], ['duet.turns'], at);
  if (turnsProblem) return fail(turnsProblem.message, turnsProblem.offset);
  return { ok: true, file };
}

interface Locator {
  doc: Document;
  at(path: PropertyKey[], inner?: number): number;
}

type Problem = { message: string; offset: number } | null;

function placeEntry(file: PromptFile, key: string, value: unknown, where: Locator): Problem {
  const kind = classifyKey(key);
  if (kind.kind === 'extra') file.extra[key] = value;
  else if (kind.kind === 'ext') (file.ext[kind.ns] ??= {})[kind.field] = value;
  else if (kind.kind === 'dotprompt') Object.assign(file, { [kind.key]: value });
  else if (kind.key === 'fork') {
    const fork = readFork(value as RawFork, [key], where);
    if ('message' in fork) return fork;
    file.duet.fork = fork;
  } else if (kind.key === 'panes') {
    const panes: PaneSpec[] = [];
    for (const [i, pane] of (value as RawPaneSpec[]).entries()) {
      const spec = readPane(pane, [key, i], where);
      if ('message' in spec) return spec;
      panes.push(spec);
    }
    file.duet.panes = panes;
  } else if (kind.key === 'tools' || kind.key === 'schema') file.duet[kind.key] = toJsonText(value);
  else Object.assign(file.duet, { [kind.key]: value });
  return null;
}

function readPane(raw: RawPaneSpec, path: PropertyKey[], where: Locator): PaneSpec | { message: string; offset: number } {
  const { fork, tools, schema, ...rest } = raw;
  const spec: PaneSpec = { ...rest } as PaneSpec;
  if (tools !== undefined) spec.tools = toJsonText(tools);
  if (schema !== undefined) spec.schema = toJsonText(schema);
  if (fork) {
    const read = readFork(fork, [...path, 'fork'], where);
    if ('message' in read) return read;
    spec.fork = read;
  }
  return spec;
}

function readFork(raw: RawFork, path: PropertyKey[], where: Locator): PromptFork | { message: string; offset: number } {
  const body = parseBody(raw.template);
  if (!body.ok) return { message: `${path.join('.')}.template: ${body.error.message}`, offset: where.at([...path, 'template'], body.error.offset) };
  const turns = (raw.turns ?? []) as ModelTurn[];
  const problem = checkTurns(body.body, turns, [...path, 'turns'], where.at);
  return problem ?? { body: body.body, turns, values: raw.values ?? {} };
}

/** A turn's thinking and tool calls belong to a model section of its body. */
function checkTurns(body: PromptSection[], turns: readonly ModelTurn[], path: PropertyKey[], at: Locator['at']): Problem {
  for (const [i, turn] of turns.entries()) {
    if (body[turn.section - 1]?.role !== 'model') {
      return { message: `${path.join('.')}[${i}].section: section ${turn.section} of the body is not a model section`, offset: at([...path, i, 'section']) };
    }
  }
  return null;
}

/** A YAML string is the editor's text as typed; anything else is JSON written as YAML. */
function toJsonText(value: unknown): JsonText {
  return typeof value === 'string' ? { text: value } : { json: value };
}
