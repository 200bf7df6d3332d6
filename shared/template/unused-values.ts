import { templateVariables } from './template-variables';

/**
 * Names that have a value but appear in none of the texts, in the order of the values
 * record. The UI warns about them: usually a renamed or misspelt placeholder, whose
 * value would otherwise be silently left out of the prompt.
 */
export function unusedValues(texts: readonly string[], values: Readonly<Record<string, string>>): string[] {
  const used = new Set(templateVariables(texts));
  return Object.keys(values).filter((name) => !used.has(name));
}
