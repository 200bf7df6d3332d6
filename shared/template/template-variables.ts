import { parseTemplate } from './parse-template';

/**
 * The distinct variable names across every text of a prompt (system prompt first, then
 * each message), in order of first appearance, so the variables panel lists them in the
 * order the user reads them. Placeholders with problems (invalid names, triples) are not
 * variables: they are reported by `parseTemplate` instead.
 */
export function templateVariables(texts: readonly string[]): string[] {
  const names = new Set<string>();
  for (const text of texts) {
    for (const placeholder of parseTemplate(text).placeholders) names.add(placeholder.name);
  }
  return [...names];
}
