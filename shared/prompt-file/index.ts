export { parsePromptFile } from './parse-prompt-file';
export { frontMatterKeys, serializePromptFile } from './serialize-prompt-file';
export { emptyPromptFile } from './empty-prompt-file';
export { canOmitRoleTag } from './body';
export * from './types';
