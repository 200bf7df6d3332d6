import type { HistoryRun, HistorySummary, RunRequest } from '../../../shared/contract';
import type { SqlParam } from './journal';

/** Characters of the prompt and the answer shown in the list. */
export const PREVIEW_CHARS = 200;

/** The columns a summary needs, in the order of INSERT_COLUMNS' first part. */
export const SUMMARY_COLUMNS = 'id, started_at, model, status, group_id, pane, pane_label, prompt_path, prompt_version, prompt_preview, answer_preview, metrics';
const DETAIL_COLUMNS = 'search_text, request, upstream, answer, thinking, tool_calls, completion, error, snapshot';
export const ALL_COLUMNS = `${SUMMARY_COLUMNS}, request, upstream, answer, thinking, tool_calls, completion, error, snapshot`;
const INSERT_COLUMNS = `${SUMMARY_COLUMNS}, ${DETAIL_COLUMNS}`;
export const INSERT_RUN_SQL = `INSERT OR REPLACE INTO runs (${INSERT_COLUMNS}) VALUES (${INSERT_COLUMNS.split(',').map(() => '?').join(', ')})`;

/** The text of a message's content: the string, or its text parts joined. */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .flatMap((part: unknown) => (isRecord(part) && part.type === 'text' && typeof part.text === 'string' ? [part.text] : []))
    .join('\n');
}

/** The start of the last user message, for the list. */
export function promptPreview(request: RunRequest): string {
  const lastUser = request.messages.findLast((message) => message.role === 'user');
  return preview(lastUser ? contentText(lastUser.content) : '');
}

export function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS - 1)}…` : flat;
}

/** What text search looks in, lower-cased once here so LIKE matches any letter case, not only ASCII. */
export function searchText(run: Pick<HistoryRun, 'request' | 'answer'>): string {
  const messages = run.request.messages.map((message) => contentText(message.content));
  return [...messages, run.answer].join('\n').toLowerCase();
}

/** Ids of the stored attachments the request refers to, once each. */
export function attachmentIds(request: RunRequest): string[] {
  const ids = new Set<string>();
  for (const message of request.messages) {
    if (message.role !== 'user' || typeof message.content === 'string') continue;
    for (const part of message.content) if (part.type === 'duet_attachment') ids.add(part.attachment.id);
  }
  return [...ids];
}

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

/** The values INSERT_RUN_SQL binds for one run. */
export function runRowParams(run: HistoryRun): SqlParam[] {
  return [
    run.id,
    run.startedAt,
    run.model,
    run.status,
    run.group,
    run.pane,
    run.paneLabel ?? null,
    run.prompt?.path ?? null,
    run.prompt?.version ?? null,
    run.promptPreview,
    run.answerPreview,
    JSON.stringify(run.metrics),
    searchText(run),
    JSON.stringify(run.request),
    json(run.upstream),
    run.answer,
    run.thinking ?? null,
    json(run.toolCalls),
    json(run.completion),
    json(run.error),
    run.snapshot ?? null,
  ];
}

/** A row of SUMMARY_COLUMNS as the list shows it. */
export function toSummary(row: Record<string, unknown>): HistorySummary {
  const promptPath = text(row.prompt_path);
  const promptVersion = text(row.prompt_version);
  const paneLabel = text(row.pane_label);
  return {
    id: String(row.id),
    startedAt: Number(row.started_at),
    model: String(row.model),
    status: String(row.status) as HistorySummary['status'],
    promptPreview: String(row.prompt_preview),
    answerPreview: String(row.answer_preview),
    group: String(row.group_id),
    pane: String(row.pane),
    ...(paneLabel !== undefined ? { paneLabel } : {}),
    ...(promptPath !== undefined && promptVersion !== undefined ? { prompt: { path: promptPath, version: promptVersion } } : {}),
    metrics: parse(row.metrics) as HistorySummary['metrics'],
  };
}

/** A row of ALL_COLUMNS as history.get answers it. */
export function toHistoryRun(row: Record<string, unknown>): HistoryRun {
  const optional = {
    upstream: parse(row.upstream),
    thinking: text(row.thinking),
    toolCalls: parse(row.tool_calls),
    completion: parse(row.completion),
    error: parse(row.error),
    snapshot: text(row.snapshot),
  };
  const present = Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined));
  return { ...toSummary(row), request: parse(row.request) as RunRequest, answer: String(row.answer), ...present };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function parse(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
