import { parseTemplate } from './parse-template';
import type { RenderResult } from './types';

/**
 * Fills every placeholder with its value, verbatim.
 *
 * - No HTML escaping: a prompt is not HTML, and `&lt;` in a prompt changes what the model reads.
 * - No recursive expansion: a value containing `{{x}}` stays `{{x}}`, because values are
 *   joined with the parsed literal text instead of being fed back through the parser (and
 *   no `String.replace`, whose `$&` / `$1` patterns would rewrite values).
 * - Refuses rather than guessing: a variable with no value (an empty string IS a value) or
 *   any template problem gives `ok: false` listing all of them, so the UI can show
 *   everything to fix at once instead of sending a prompt with holes in it.
 *
 * Names are looked up flat: `{{user.name}}` reads `values["user.name"]`. Only the record's own
 * keys count, so `{{constructor}}` is missing, not `Object.prototype.constructor`.
 */
export function renderTemplate(text: string, values: Readonly<Record<string, string>>): RenderResult {
  const { parts, placeholders, problems } = parseTemplate(text);
  const missing = [...new Set(placeholders.map((p) => p.name))].filter((name) => !Object.hasOwn(values, name));
  if (missing.length > 0 || problems.length > 0) return { ok: false, missing, problems };

  let rendered = '';
  for (const part of parts) rendered += part.kind === 'text' ? part.text : values[part.name];
  return { ok: true, text: rendered };
}
