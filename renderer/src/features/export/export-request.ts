import type { RunRequest } from '../../../../shared/contract/run-request';
import { variableMarker } from '../../../../shared/export';
import { templateVariables } from '../../../../shared/template';
import type { PaneParams } from '../params/types';
import { describeBlocked } from '../pane/build-request';
import { templateTexts, type PanePrompt } from '../pane/conversation';
import { paneRequest } from '../pane/pane-request';

/** What "Get code" exports for a pane, or why there is nothing to export. */
export type ExportRequest =
  | { ok: true; request: RunRequest; variables?: Record<string, string>; notice?: string }
  | { ok: false; reasons: string[] };

/**
 * The request the pane sends (the same `paneRequest` Run uses). With `keepTemplate`, the
 * template's placeholders stay in it as markers and their current values travel beside it,
 * so the snippet can fill them; the pane must still be sendable with its values filled.
 */
export function exportRequest(prompt: PanePrompt, params: PaneParams, keepTemplate: boolean): ExportRequest {
  const rendered = paneRequest(prompt, params);
  if (!rendered.ok) return { ok: false, reasons: reasonsOf(rendered) };
  const names = templateVariables(templateTexts(prompt));
  if (!keepTemplate || names.length === 0) return rendered;
  const kept = paneRequest({ ...prompt, values: Object.fromEntries(names.map((name) => [name, variableMarker(name)])) }, params);
  // The check ran on the filled-in request above; with markers in place only its size estimates differ.
  if (!kept.ok) return { ...rendered, notice: 'The template could not be kept as a function of its variables, so the code has their values filled in.' };
  return { ok: true, request: kept.request, variables: Object.fromEntries(names.map((name) => [name, prompt.values[name] ?? ''])) };
}

function reasonsOf(outcome: Exclude<ReturnType<typeof paneRequest>, { ok: true }>): string[] {
  switch (outcome.reason) {
    case 'empty':
      return ['There is nothing to send yet: write a message first.'];
    case 'blocked':
      return describeBlocked(outcome.blocked);
    case 'check':
      return outcome.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.message);
  }
}
