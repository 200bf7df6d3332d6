export { parseTemplate } from './parse-template';
export { renderTemplate } from './render-template';
export { templateVariables } from './template-variables';
export { unusedValues } from './unused-values';
export type { ParsedTemplate, RenderResult, TemplatePart, TemplatePlaceholder, TemplateProblem, TemplateProblemKind, TextSpan } from './types';
